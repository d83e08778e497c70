import { expect, test } from "@playwright/test";
import { E2E_PASSWORD } from "../playwright.config";

test("preset restricts the voices of a linked child org", async ({ page }) => {
  const presetName = `British voices ${Date.now().toString(36)}`;
  const nav = page.getByRole("navigation", { name: "Organization" });

  await test.step("sign in as the demo owner", async () => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("owner@acme.example");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
  });

  await test.step("create a preset that allows two voices", async () => {
    await nav.getByRole("link", { name: "Presets" }).click();
    await expect(page.getByRole("heading", { name: "Presets", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "New preset" }).first().click();
    await page.getByLabel("Preset name").fill(presetName);
    await page.getByRole("radio", { name: "Only selected voices" }).check();
    await page.getByRole("searchbox", { name: "Search voices" }).fill("British");
    await page.getByRole("checkbox", { name: "Sonia", exact: true }).check();
    await page.getByRole("checkbox", { name: "Ryan", exact: true }).check();
    await page.getByRole("button", { name: "Create preset" }).click();
    await expect(page.getByRole("status")).toContainText(`Created ${presetName}`);
    const row = page.getByRole("row", { name: new RegExp(presetName) });
    await expect(row).toContainText("Only 2 voices");
    await expect(row).toContainText("None");
  });

  await test.step("link a child org to the preset", async () => {
    await nav.getByRole("link", { name: "Child orgs" }).click();
    await page.getByRole("link", { name: "Northwind Audiobooks" }).click();
    await expect(page.getByRole("heading", { name: "Northwind Audiobooks" })).toBeVisible();
    await page.getByLabel("Preset to link").selectOption({ label: presetName });
    await page.getByRole("button", { name: "Link to preset…" }).click();
    await expect(page.getByRole("dialog")).toContainText("its current ones are not kept");
    await page.getByRole("dialog").getByRole("button", { name: "Link to preset" }).click();
    await expect(page.getByRole("region", { name: "Entitlement preset" })).toContainText(`Linked to preset ${presetName}`);
  });

  await test.step("see the editor locked to the preset and the effective view", async () => {
    const editor = page.getByRole("form", { name: "Restrictions of Northwind Audiobooks" });
    await expect(editor).toContainText("is linked to the preset");
    await expect(editor.getByRole("radio", { name: "Only selected voices" })).toBeChecked();
    await expect(editor.getByRole("radio", { name: "Only selected voices" })).toBeDisabled();
    await expect(editor.getByRole("button", { name: "Save restrictions" })).toHaveCount(0);
    const effective = page.getByRole("region", { name: "Effective entitlements" });
    await expect(effective.getByText(/^2 of \d+$/)).toBeVisible();
    await expect(effective).toContainText("removed by the restrictions of Northwind Audiobooks");
  });

  await test.step("unlink and keep the preset's values", async () => {
    await page.getByRole("button", { name: "Unlink…" }).click();
    await expect(page.getByRole("dialog")).toContainText("keeps its current restrictions");
    await page.getByRole("dialog").getByRole("button", { name: "Unlink" }).click();
    await expect(page.getByRole("region", { name: "Entitlement preset" })).toContainText("Own restrictions");
    const editor = page.getByRole("form", { name: "Restrictions of Northwind Audiobooks" });
    await expect(editor.getByRole("radio", { name: "Only selected voices" })).toBeEnabled();
    await expect(editor.getByRole("radio", { name: "Only selected voices" })).toBeChecked();
    await expect(editor.getByRole("button", { name: "Save restrictions" })).toBeVisible();
  });

  await test.step("change two child orgs at once", async () => {
    await nav.getByRole("link", { name: "Child orgs" }).click();
    await page.getByRole("checkbox", { name: "Select Globex Learning" }).check();
    await page.getByRole("checkbox", { name: "Select Initech Podcasts" }).check();
    await page.getByRole("button", { name: "Change restrictions of 2 child orgs" }).click();
    const form = page.getByRole("form", { name: "Change restrictions of 2 child orgs" });
    await expect(form.getByRole("button", { name: "Apply to 2 child orgs…" })).toBeDisabled();
    await form.getByRole("checkbox", { name: "Change Voice Intelligence" }).check();
    await expect(form.getByRole("radio", { name: "Only selected voices" })).toHaveCount(0);
    await form.getByRole("switch", { name: "Voice Intelligence" }).click();
    await form.getByRole("button", { name: "Apply to 2 child orgs…" }).click();
    await expect(page.getByRole("dialog")).toContainText("Globex Learning");
    await expect(page.getByRole("dialog")).toContainText("Their other restrictions stay as they are.");
    await page.getByRole("dialog").getByRole("button", { name: "Apply to 2 child orgs" }).click();
    await expect(page.getByText("Changed the restrictions of 2 child orgs.")).toBeVisible();

    // Globex keeps its own voice list: only Voice Intelligence changed.
    await page.getByRole("link", { name: "Globex Learning" }).click();
    await expect(page.getByRole("switch", { name: "Voice Intelligence" })).not.toBeChecked();
    await expect(page.getByRole("radio", { name: "Only selected voices" })).toBeChecked();
  });
});
