import pytest

from careercoach.llm.pricing import estimate_cost_usd


def test_cost_uses_input_and_output_list_prices():
    # gpt-4o-mini: 0.15 USD per million input tokens, 0.60 per million output tokens
    assert estimate_cost_usd("gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)


def test_dated_snapshot_costs_what_its_alias_costs():
    snapshot = estimate_cost_usd("claude-sonnet-4-5-20250929", 1000, 1000)

    assert snapshot == estimate_cost_usd("claude-sonnet-4-5", 1000, 1000) > 0


def test_longer_model_name_is_not_priced_as_its_prefix():
    assert estimate_cost_usd("gpt-4o-mini", 1000, 0) != estimate_cost_usd("gpt-4o", 1000, 0)


@pytest.mark.parametrize("model", ["llama3.1:8b", "gpt-5.4-mini", "", "gemini-2.5-flash-preview-05-20"])
def test_model_without_a_known_price_costs_zero(model):
    assert estimate_cost_usd(model, 5000, 5000) == 0.0
