"""Geometry of the grade-trend chart, drawn as inline SVG by a template (no JavaScript, no
chart library): each attempt's grade (1-5) as a point, left to right in the order answered."""

WIDTH, HEIGHT, PAD = 360, 140, 24
MAX_POINTS = 30


def trend_chart(grades: list[int]) -> dict | None:
    grades = grades[-MAX_POINTS:]
    if not grades:
        return None
    span_x, span_y = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    step = span_x / (len(grades) - 1) if len(grades) > 1 else 0
    points = [
        {
            "x": round(PAD + i * step if step else WIDTH / 2, 1),
            "y": round(PAD + span_y * (5 - grade) / 4, 1),
            "grade": grade,
            "n": i + 1,
        }
        for i, grade in enumerate(grades)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "points": points,
        "gridlines": [{"grade": g, "y": round(PAD + span_y * (5 - g) / 4, 1)} for g in (1, 3, 5)],
        "left": PAD,
        "right": WIDTH - PAD,
    }
