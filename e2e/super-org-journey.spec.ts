import { expect, test } from "@playwright/test";
import { E2E_PASSWORD } from "../playwright.config";

test("super org owner creates, restricts and acts as a child org", async ({ page }) => {
  const childName = `Journey Radio ${Date.now().toString(36)}`;

  await test.step("sign in as the demo owner", async () => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("owner@acme.example");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Acme Voice Platform" })).toBeVisible();
  });
  const homeOrgUrl = page.url();

  await test.step("create a child org", async () => {
    await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Child orgs" }).click();
    await expect(page.getByRole("cell", { name: "Northwind Audiobooks", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Create child org" }).click();
    // A taken name is rejected at the field, and nothing typed or ticked is lost.
    await page.getByLabel("Name", { exact: true }).fill("Northwind Audiobooks");
    await page.getByRole("checkbox", { name: /Super org/ }).check();
    await page.getByRole("button", { name: "Create child org" }).click();
    await expect(page.getByText(/already exists/)).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Northwind Audiobooks");
    await expect(page.getByRole("checkbox", { name: /Super org/ })).toBeChecked();
    await page.getByLabel("Name", { exact: true }).fill(childName);
    await page.getByRole("button", { name: "Create child org" }).click();
    await expect(page.getByRole("status")).toContainText(`Created ${childName}`);
    await expect(page.getByRole("link", { name: childName })).toBeVisible();
  });

  await test.step("restrict its voices and turn Voice Intelligence off", async () => {
    await page.getByRole("link", { name: childName }).click();
    await expect(page.getByRole("heading", { name: childName })).toBeVisible();
    const voiceIntelligence = page.getByRole("switch", { name: "Voice Intelligence" });
    await expect(voiceIntelligence).toBeChecked();
    await voiceIntelligence.click();
    await page.getByRole("radio", { name: "Only selected voices" }).check();
    await page.getByRole("searchbox", { name: "Search voices" }).fill("British");
    await page.getByRole("checkbox", { name: "Sonia", exact: true }).check();
    await page.getByRole("checkbox", { name: "Ryan", exact: true }).check();
    await page.getByRole("button", { name: "Save restrictions" }).click();
    await page.getByRole("button", { name: "Remove access and save" }).click();
    await expect(page.getByText("Restrictions saved.")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("switch", { name: "Voice Intelligence" })).not.toBeChecked();
    await expect(page.getByRole("radio", { name: "Only selected voices" })).toBeChecked();
    await expect(page.getByText(/2 of \d+ voices selected/)).toBeVisible();
  });

  await test.step("switch into the child org with the dropdown", async () => {
    await page.getByRole("button", { name: /Switch organization/ }).click();
    await page.getByRole("listbox", { name: "Organizations" }).getByRole("option", { name: new RegExp(childName) }).click();
    await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}(\/[a-z-]*)?$/);
    await expect(page.getByText(`You are acting as ${childName} on behalf of Acme Voice Platform.`)).toBeVisible();
    // Created as a super org, the child may have child orgs of its own.
    await expect(page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Child orgs" })).toBeVisible();
  });

  await test.step("see a usage chart", async () => {
    await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Usage" }).click();
    await expect(page).toHaveURL(/\/usage/);
    await expect(page.getByText(`You are acting as ${childName}`)).toBeVisible();
    // A new child has no usage yet, so check a chart on the home org's Usage page too.
    await expect(page.getByText(/No usage in/)).toBeVisible();
  });

  await test.step("stop acting", async () => {
    await page.getByRole("link", { name: `Stop acting as ${childName}` }).click();
    await expect(page).toHaveURL(new RegExp(`^${homeOrgUrl}/usage`));
    await expect(page.getByText(/You are acting as/)).toHaveCount(0);
    await expect(page.getByRole("img", { name: "Usage by activity" })).toBeVisible();
    await expect(page.getByLabel("Daily usage")).toBeVisible();
  });
});
