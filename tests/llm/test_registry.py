import pytest
from django.core.exceptions import ImproperlyConfigured

from careercoach.llm.registry import get_provider, provider_chain, warm_up


def names(chain):
    return [p.name for p in chain]


def test_default_chain_is_every_keyed_provider_then_local(llm_settings):
    assert names(provider_chain()) == ["gemini", "openai", "claude", "local"]


def test_default_chain_without_any_key_is_the_offline_coach_only(llm_settings):
    llm_settings.GEMINI_API_KEY = llm_settings.OPENAI_API_KEY = llm_settings.ANTHROPIC_API_KEY = ""
    llm_settings.OPENAI_BASE_URL = ""

    assert names(provider_chain()) == ["local"]


def test_openai_base_url_alone_enables_the_openai_compatible_provider(llm_settings):
    llm_settings.GEMINI_API_KEY = llm_settings.OPENAI_API_KEY = llm_settings.ANTHROPIC_API_KEY = ""

    assert names(provider_chain()) == ["openai", "local"]


def test_llm_providers_setting_sets_the_order(llm_settings):
    llm_settings.LLM_PROVIDERS = " Claude, local ,gemini"

    assert names(provider_chain()) == ["claude", "local", "gemini"]


def test_names_argument_overrides_the_setting(llm_settings):
    llm_settings.LLM_PROVIDERS = "claude,local"

    assert names(provider_chain(["local"])) == ["local"]


def test_repeated_names_are_tried_once(llm_settings):
    assert names(provider_chain(["openai", "openai", "local"])) == ["openai", "local"]


@pytest.mark.parametrize("value", ["gemini,gpt4", ["mistral"]])
def test_unknown_provider_name_is_a_configuration_error(llm_settings, value):
    llm_settings.LLM_PROVIDERS = value

    with pytest.raises(ImproperlyConfigured, match="choose from gemini, openai, claude, local"):
        provider_chain()


def test_named_provider_without_a_key_stays_in_the_chain(llm_settings):
    llm_settings.ANTHROPIC_API_KEY = ""

    chain = provider_chain(["claude", "local"])

    assert names(chain) == ["claude", "local"]
    assert chain[0].configured is False


def test_models_and_base_urls_come_from_settings(llm_settings, fake_llm):
    llm_settings.GEMINI_MODEL = "gemini-2.5-pro"

    gemini, openai = get_provider("gemini"), get_provider("openai")

    assert (gemini.model, gemini.base_url) == ("gemini-2.5-pro", fake_llm.url)
    assert openai.base_url == fake_llm.openai_base_url


def test_same_settings_give_the_same_provider_object_and_changed_settings_a_new_one(llm_settings):
    first = get_provider("claude")
    assert get_provider("claude") is first

    llm_settings.ANTHROPIC_MODEL = "claude-haiku-4-5"

    assert get_provider("claude") is not first
    assert get_provider("claude").model == "claude-haiku-4-5"


def test_given_a_chain_when_the_worker_warms_up_then_configured_hosted_clients_exist_before_any_job(llm_settings):
    llm_settings.LLM_PROVIDERS = "claude,openai,local"
    llm_settings.ANTHROPIC_API_KEY = ""

    warmed = warm_up()

    assert warmed == ["openai", "local"]
    assert get_provider("openai")._client is not None
    assert get_provider("claude")._client is None
