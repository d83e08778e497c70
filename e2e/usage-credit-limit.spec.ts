import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_PASSWORD } from "../playwright.config";

// The browser's zone becomes the page's `tz`, so the daily chart and the CSV use Los Angeles days.
test.use({ timezoneId: "America/Los_Angeles" });

test("owner limits a child's credits and exports usage", async ({ page, playwright }) => {
  await test.step("sign in as the demo owner", async () => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("owner@acme.example");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
  });
  const homeOrgUrl = page.url();

  await test.step("set a credit limit below this period's use", async () => {
    await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Child orgs" }).click();
    await page.getByRole("link", { name: "Northwind Audiobooks" }).first().click();
    await expect(page.getByRole("heading", { name: "Northwind Audiobooks" })).toBeVisible();
    const form = page.getByRole("form", { name: "Credit limit of Northwind Audiobooks" });
    await form.getByLabel("Monthly credits").fill("100");
    await form.getByLabel("Alert thresholds (%)").fill("80, 100");
    await form.getByRole("radio", { name: /Block/ }).check();
    await form.getByRole("button", { name: "Save credit limit" }).click();

    // The seeded usage of the current period is above 100 credits, so the form requests confirmation first.
    const dialog = page.getByRole("dialog", { name: "Set the limit below this period's use?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Save lower limit" }).click();
    await expect(form.getByRole("status")).toHaveText("Credit limit saved.");
    await expect(page.getByRole("progressbar", { name: "Credits used by Northwind Audiobooks of its monthly limit" })).toHaveAttribute(
      "aria-valuetext",
      /of 100\.00 credits$/,
    );
  });

  await test.step("rejects a threshold that is not a number", async () => {
    const form = page.getByRole("form", { name: "Credit limit of Northwind Audiobooks" });
    await form.getByLabel("Alert thresholds (%)").fill("80, lots");
    await form.getByRole("button", { name: "Save credit limit" }).click();
    await expect(form.getByText('"lots" is not a whole number.', { exact: false })).toBeVisible();
    await expect(form.getByLabel("Alert thresholds (%)")).toHaveAttribute("aria-invalid", "true");
  });

  const childOrgId = /\/child-orgs\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  expect(childOrgId).not.toBe("");

  await test.step("see the progress bar on the child's usage page", async () => {
    await page.goto(`/orgs/${childOrgId}/usage`);
    await expect(page).toHaveURL(/tz=America%2FLos_Angeles/);
    await expect(page.getByText("You are acting as Northwind Audiobooks", { exact: false })).toBeVisible();
    const bar = page.getByRole("progressbar", { name: "Credits used of the monthly limit" });
    await expect(bar).toHaveAttribute("aria-valuenow", "100");
    await expect(bar).toHaveAttribute("aria-valuetext", /^\d+%: [\d,]+\.\d+ of 100\.00 credits$/);
    await expect(page.getByText(/^[\d,.]+ credits above the limit\.$/)).toBeVisible();
    await expect(page.getByText("(days in America/Los Angeles)")).toBeVisible();
  });

  await test.step("download the CSV of the super org", async () => {
    await page.goto(`${homeOrgUrl}/usage`);
    await expect(page).toHaveURL(/tz=America%2FLos_Angeles/);
    await expect(page.getByRole("columnheader", { name: "Credits", exact: true })).toHaveAttribute("aria-sort", "descending");
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^usage-\d{4}-\d{2}-America_Los_Angeles\.csv$/);
    const lines = fs.readFileSync(await download.path(), "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("date,org_id,org_name,activity,calls,credits");
    const row = lines.find((line) => line.includes(`,${childOrgId},Northwind Audiobooks,`));
    expect(row).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2},${childOrgId},Northwind Audiobooks,[a-zA-Z]+,\\d+,\\d+(\\.\\d{1,6})?$`));
  });

  await test.step("reject the CSV without a session or for an unknown org", async () => {
    const anonymous = await playwright.request.newContext({ baseURL: new URL(homeOrgUrl).origin });
    const signedOut = await anonymous.get(`${new URL(homeOrgUrl).pathname}/usage/export`);
    expect(signedOut.status()).toBe(401);
    await anonymous.dispose();

    const unknown = await page.request.get("/orgs/00000000-0000-4000-8000-000000000000/usage/export");
    expect(unknown.status()).toBe(404);
    const badPeriod = await page.request.get(`${homeOrgUrl}/usage/export?period=2026-13`);
    expect(badPeriod.status()).toBe(400);
    expect(await badPeriod.text()).toContain("YYYY-MM");
  });
});
