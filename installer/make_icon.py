"""Draws the app's icon (a check mark on a clipboard) as the PNG the window uses and the ICO
the Windows build and installer use. Run again only to change the icon; both files are committed."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SIZE = 256
BACKGROUND = (23, 92, 120, 255)  # a deep teal that reads on light and dark taskbars
PAPER = (250, 250, 245, 255)
CHECK = (34, 139, 34, 255)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=BACKGROUND)
    pen.rounded_rectangle((58, 46, 198, 220), radius=14, fill=PAPER)
    pen.rounded_rectangle((96, 30, 160, 64), radius=10, fill=(200, 200, 190, 255))
    pen.line([(84, 138), (118, 174), (176, 96)], fill=CHECK, width=22, joint="curve")
    return image


def main() -> None:
    image = draw()
    image.save(ROOT / "resources" / "icons" / "monitor_app.png", optimize=True)
    image.save(ROOT / "installer" / "monitor_app.ico",
               sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
