"""Drives the customer's consent page in headless Chromium, as a customer would.

Usage: consent_page.py URL SCREENSHOT_DIR

Opens the link, grants the first purpose and refuses the second by clicking their labels,
saves, withdraws the first again with its own button, and takes screenshots at desktop and
phone width. Prints one JSON object with what it saw; exits non-zero on any failure.
"""
import json
import os
import sys

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("ZGODA_CHROMIUM", "/usr/bin/chromium")


def png_width(path):
    with open(path, "rb") as f:
        header = f.read(24)
    return int.from_bytes(header[16:20], "big")


def main(url, shots):
    os.makedirs(shots, exist_ok=True)
    seen = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        desktop = browser.new_context(viewport={"width": 1280, "height": 900}, locale="pl-PL",
                                      java_script_enabled=False, user_agent="ZgodaBrowserTest Chromium")
        page = desktop.new_page()
        page.goto(url)
        seen["title"] = page.title()
        seen["lang"] = page.locator("html").get_attribute("lang")
        fieldsets = page.locator("fieldset")
        seen["purposes"] = [fieldsets.nth(i).get_attribute("id") for i in range(fieldsets.count())]
        seen["checked_before"] = page.locator("input[type=radio]:checked").count()
        page.screenshot(path=os.path.join(shots, "consent-page-desktop.png"), full_page=True)

        first, second = seen["purposes"][0], seen["purposes"][1]
        # By their labels, as a screen reader names them.
        page.locator(f"#{first}").get_by_label("Zgadzam się", exact=True).check()
        page.locator(f"#{second}").get_by_label("Nie zgadzam się", exact=True).check()
        page.get_by_role("button", name="Zapisz moje wybory").click()
        page.wait_for_selector("section.recorded")
        seen["recorded"] = [(li.get_attribute("data-purpose"), li.get_attribute("data-decision"))
                            for li in page.locator("section.recorded li").all()]
        seen["receipt"] = page.locator("code.receipt").inner_text()
        page.screenshot(path=os.path.join(shots, "consent-page-recorded-desktop.png"), full_page=True)

        page.locator(f"#{first} button.withdraw").click()
        page.wait_for_selector("section.recorded li")
        seen["withdrawn"] = [(li.get_attribute("data-purpose"), li.get_attribute("data-decision"))
                             for li in page.locator("section.recorded li").all()]
        seen["status_after"] = page.locator(f"#{first} dd.status").inner_text()

        phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                    locale="en-GB", java_script_enabled=False)
        small = phone.new_page()
        small.goto(url)
        seen["phone_lang"] = small.locator("html").get_attribute("lang")
        phone_shot = os.path.join(shots, "consent-page-phone.png")
        small.screenshot(path=phone_shot, full_page=True)
        # A full-page screenshot is as wide as the page: wider than the phone means it scrolls sideways.
        seen["phone_shot_width"] = png_width(phone_shot)
        browser.close()
    print(json.dumps(seen))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
