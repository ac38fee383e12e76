"""Invented resume pages as Chromium screenshots, for the OCR tests."""

from __future__ import annotations


def screenshot(browser, body: str, style: str, *, scale: int = 1) -> bytes:
    """The page as a PNG, 940 pixels wide; scale 2 is about as sharp as a 200 dpi scan."""
    page = browser.new_page(viewport={"width": 940, "height": 800}, device_scale_factor=scale)
    page.set_content(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>",
        wait_until="load",
    )
    return page.screenshot(full_page=True)


def bare(text: str | None) -> str:
    """Tesseract may leave a space inside a Korean word ("페이 로드"); compare without spaces."""
    return (text or "").replace(" ", "")
