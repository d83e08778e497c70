import { describe, expect, test } from "vitest";
import { atLimitText, describeCreditProgress, describeProjection, roundCredits, thresholdsText } from "./credit-progress";

describe("describeCreditProgress", () => {
  test("below the limit", () => {
    const progress = describeCreditProgress("250.5", "1000");
    expect(progress.barPercent).toBe(25.05);
    expect(progress.percentText).toBe("25%");
    expect(progress.tone).toBe("normal");
    expect(progress.usedText).toBe("250.50");
    expect(progress.limitText).toBe("1,000.00");
    expect(progress.remainingText).toBe("749.50");
    expect(progress.overText).toBeNull();
  });

  test("near the limit from 80 percent", () => {
    expect(describeCreditProgress("79.999999", "100").tone).toBe("normal");
    expect(describeCreditProgress("80", "100").tone).toBe("near");
  });

  test("just below the limit is not over", () => {
    const progress = describeCreditProgress("99.999999", "100");
    expect(progress.tone).toBe("near");
    expect(progress.percentText).toBe("99%");
    expect(progress.remainingText).toBe("0.000001");
  });

  test("at the limit is over", () => {
    const progress = describeCreditProgress("100", "100");
    expect(progress.tone).toBe("over");
    expect(progress.remainingText).toBe("0.00");
    expect(progress.overText).toBeNull();
  });

  test("above the limit caps the bar", () => {
    const progress = describeCreditProgress("1500.25", "1000");
    expect(progress.barPercent).toBe(100);
    expect(progress.usedPercent).toBe(150);
    expect(progress.percentText).toBe("150%");
    expect(progress.overText).toBe("500.25");
  });

  test("small use shows below one percent", () => {
    expect(describeCreditProgress("0.5", "1000").percentText).toBe("<1%");
    expect(describeCreditProgress("0", "1000").percentText).toBe("0%");
  });

  test("exact for values beyond float precision", () => {
    const progress = describeCreditProgress("999999999999.999999", "1000000000000");
    expect(progress.tone).toBe("near");
    expect(progress.remainingText).toBe("0.000001");
  });
});

describe("roundCredits", () => {
  test.each([
    ["5740.830811", 2, "5740.83"],
    ["0.005", 2, "0.01"],
    ["0.004999", 2, "0"],
    ["999.999", 2, "1000"],
    ["12", 2, "12"],
    ["1.2345675", 6, "1.234567"],
  ])("%s to %i places", (credits, places, expected) => {
    expect(roundCredits(credits, places)).toBe(expected);
  });
});

describe("describeProjection", () => {
  test("without a limit", () => {
    const projection = describeProjection("1234.5", null, "31 Dec");
    expect(projection.sentence).toBe("At the current rate, use reaches about 1,234.50 credits by 31 Dec.");
    expect(projection.tone).toBe("normal");
  });

  test("below the limit names the share", () => {
    const projection = describeProjection("850", "1000", "31 Dec");
    expect(projection.sentence).toBe("At the current rate, use reaches about 850.00 credits by 31 Dec, 85% of the limit.");
    expect(projection.tone).toBe("near");
  });

  test("rounds the estimate to cents", () => {
    expect(describeProjection("5740.830811", null, "31 Dec").projectedText).toBe("5,740.83");
    expect(describeProjection("5740.830811", "5000", "31 Dec").sentence).toContain("about 740.83 credits above the limit");
  });

  test("above the limit names the excess", () => {
    const projection = describeProjection("1200.1", "1000", "30 Nov");
    expect(projection.sentence).toBe("At the current rate, use reaches about 1,200.10 credits by 30 Nov, about 200.10 credits above the limit.");
    expect(projection.tone).toBe("over");
  });
});

describe("thresholdsText", () => {
  test.each([
    [[], ""],
    [[100], "100%"],
    [[80, 100], "80% and 100%"],
    [[50, 80, 100], "50%, 80% and 100%"],
  ])("%j", (thresholds, expected) => {
    expect(thresholdsText(thresholds)).toBe(expected);
  });
});

describe("atLimitText", () => {
  test("names both behaviours", () => {
    expect(atLimitText("block")).toContain("rejected");
    expect(atLimitText("overage")).toContain("overage");
  });
});
