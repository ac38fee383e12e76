"""Technology names normalize through the catalog, and mentions are found in free text."""

from careercoach.coach.catalog import find_technologies, normalize_technology


def ids(technologies):
    return [t.id for t in technologies]


def test_alias_k8s_normalizes_to_kubernetes():
    assert normalize_technology("K8s").id == "kubernetes"


def test_spring_alone_normalizes_to_spring_boot():
    assert normalize_technology("Spring").id == "spring-boot"


def test_korean_spelling_of_java_normalizes_to_java():
    assert normalize_technology("자바").id == "java"


def test_case_and_spacing_do_not_matter():
    assert normalize_technology("  spring   BOOT ").id == "spring-boot"
    assert normalize_technology("POSTGRESQL").id == "postgresql"


def test_versions_and_qualifiers_are_ignored():
    assert normalize_technology("Vue 3").id == "vue"
    assert normalize_technology("JUnit5").id == "junit"
    assert normalize_technology("Kubernetes (GKE)").id in {"kubernetes", "gke", "google-kubernetes-engine"}


def test_a_cloud_service_without_an_entry_still_means_its_cloud():
    tech = normalize_technology("AWS Some Future Service")
    assert tech is not None and tech.id == "aws"


def test_unknown_or_non_text_names_normalize_to_none():
    assert normalize_technology("Zorblax") is None
    assert normalize_technology("") is None
    assert normalize_technology(None) is None
    assert normalize_technology(42) is None
    assert normalize_technology("x" * 500) is None


def test_technology_has_id_name_and_category():
    tech = normalize_technology("kafka")
    assert (tech.id, tech.name, tech.category) == ("kafka", tech.name, "messaging")
    assert "Kafka" in tech.name


def test_mentions_are_found_in_order_of_first_appearance_each_once():
    text = "Kafka 기반 실시간 처리와 Spring Boot API, 카프카 컨슈머를 K8s에 배포"
    assert ids(find_technologies(text)) == ["kafka", "spring-boot", "kubernetes"]


def test_a_longer_name_wins_over_the_shorter_name_inside_it():
    assert ids(find_technologies("자바스크립트로 만든 화면")) == ["javascript"]


def test_ordinary_words_that_are_also_names_need_their_written_form():
    assert "go" not in ids(find_technologies("Ready to go to market; a team C-level R&D effort"))
    assert "go" in ids(find_technologies("Rewrote the ingester in Go"))


def test_a_version_glued_to_a_name_is_still_found():
    assert ids(find_technologies("migrated to Vue3 and JUnit5")) == ["vue", "junit"]


def test_find_technologies_accepts_anything():
    assert find_technologies(None) == []
    assert find_technologies("") == []
    assert find_technologies(["Kafka"]) == []
