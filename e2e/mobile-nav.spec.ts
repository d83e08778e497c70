import { expect, test } from "@playwright/test";
import { E2E_PASSWORD } from "../playwright.config";

// A phone-sized viewport, below the lg breakpoint where the sidebar turns into a drawer.
test.use({ viewport: { width: 390, height: 844 } });

test("menu drawer navigates on a phone", async ({ page }) => {
  const menuButton = page.getByRole("button", { name: "Navigation menu", exact: true });
  const nav = page.getByRole("navigation", { name: "Organization" });

  await test.step("sign in as the demo owner", async () => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("owner@acme.example");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Acme Voice Platform" })).toBeVisible();
  });

  await test.step("sidebar is hidden until the menu opens", async () => {
    await expect(nav).toBeHidden();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("button", { name: /Switch organization/ })).toBeVisible();
  });

  await test.step("Escape closes the menu and returns focus", async () => {
    await menuButton.click();
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "Overview" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(menuButton).toBeFocused();
  });

  await test.step("choosing Usage navigates and closes the menu", async () => {
    await menuButton.click();
    await nav.getByRole("link", { name: "Usage" }).click();
    await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}\/usage$/);
    await expect(page.getByRole("heading", { name: "Usage", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Credit limit" })).toBeInViewport();
    await expect(nav).toBeHidden();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  });

  await test.step("page fits the viewport width", async () => {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });
});
