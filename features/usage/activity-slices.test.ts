import { describe, expect, test } from "vitest";
import { ACTIVITY_COLORS } from "./activity-colors";
import { toActivitySlices } from "./activity-slices";

const BY_ACTIVITY = [
  { activity: "speech", calls: 30, credits: "37.5" },
  { activity: "script", calls: 60, credits: "6" },
  { activity: "mastering", calls: 10, credits: "40.25" },
  { activity: "webhooks", calls: 5, credits: "0" },
];

describe("toActivitySlices", () => {
  test("calls: largest first with shares", () => {
    const slices = toActivitySlices(BY_ACTIVITY, "calls");
    expect(slices.map((slice) => slice.key)).toEqual(["script", "speech", "mastering", "webhooks"]);
    expect(slices[0]?.share).toBeCloseTo(60 / 105);
    expect(slices[0]?.valueText).toBe("60");
  });

  test("credits: drops activities without credits", () => {
    const slices = toActivitySlices(BY_ACTIVITY, "credits");
    expect(slices.map((slice) => slice.key)).toEqual(["mastering", "speech", "script"]);
    expect(slices.map((slice) => slice.valueText)).toEqual(["40.25", "37.50", "6.00"]);
  });

  test("slices carry label and fixed colour", () => {
    const [slice] = toActivitySlices([{ activity: "syncTts", calls: 2, credits: "3" }], "calls");
    expect(slice?.label).toBe("Speech (sync)");
    expect(slice?.color).toBe(ACTIVITY_COLORS.syncTts);
    expect(slice?.share).toBe(1);
  });

  test("ties follow catalog order", () => {
    const slices = toActivitySlices(
      [
        { activity: "voice", calls: 4, credits: "1" },
        { activity: "script", calls: 4, credits: "1" },
      ],
      "calls",
    );
    expect(slices.map((slice) => slice.key)).toEqual(["script", "voice"]);
  });

  test("no usage gives no slices", () => {
    expect(toActivitySlices([], "credits")).toEqual([]);
  });
});
