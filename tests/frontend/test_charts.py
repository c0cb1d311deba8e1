from datetime import UTC, datetime

from frontend.charts import Point, credibility_chart


def test_chart_without_points_is_empty():
    assert credibility_chart([], title="x") == ""


def test_chart_escapes_title_and_plots_points_in_time_order():
    points = [
        Point(datetime(2025, 2, 1, tzinfo=UTC), 0.6, 0.4, 0.8),
        Point(datetime(2025, 1, 1, tzinfo=UTC), 0.5, 0.3, 0.7),
    ]
    svg = credibility_chart(points, title="<script>")
    assert svg.startswith('<svg class="chart" viewBox="0 0 480 160" role="img" aria-label="&lt;script&gt;"')
    assert '<polyline class="chart-line" points="28.0,80.0 452.0,66.8"/>' in svg
    assert '<polygon class="chart-band" points="28.0,53.6 452.0,40.4 452.0,93.2 28.0,106.4"/>' in svg
    assert svg.count("<circle") == 2
    assert "<script>" not in svg


def test_single_point_is_a_centred_dot_without_line():
    svg = credibility_chart(
        [Point(datetime(2025, 1, 1, tzinfo=UTC), 1.0)], title="t", width=100, height=40, axis=False
    )
    assert '<circle class="chart-dot" cx="50.0" cy="2.0" r="3">' in svg
    assert "polyline" not in svg and "chart-axis" not in svg
