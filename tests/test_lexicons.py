"""Every lexicon file loads and holds what the extractor relies on."""

from __future__ import annotations

from factcheck.lexicon import load_lexicon


def test_lexicons_load_and_metric_ids_are_unique() -> None:
    lex = load_lexicon()
    ids = [m.id for m in lex.metrics]
    assert len(ids) == len(set(ids))
    required = {"gdp", "new_energy_output", "energy_intensity", "disposable_income", "tax_revenue",
                "public_budget_revenue", "industrial_value_added", "retail_sales", "trade_total", "fdi_actual",
                "talents_introduced", "talent_apartments", "listed_companies", "enterprises_rectified",
                "land_revitalized", "green_island_projects", "new_energy_capacity", "digital_economy_output"}
    assert required <= set(ids)


def test_lexicons_units_are_canonical_and_unique() -> None:
    lex = load_lexicon()
    surfaces = [u.surface for u in lex.units]
    assert len(surfaces) == len(set(surfaces))
    by_surface = {u.surface: u for u in lex.units}
    assert by_surface["亩"].unit == "m2" and abs(float(by_surface["亩"].factor) - 2000 / 3) < 1e-9
    assert by_surface["兆瓦"].unit == "kW" and by_surface["兆瓦"].factor == 1000
    assert by_surface["个百分点"].unit == "pp"


def test_lexicons_word_lists_have_their_sections() -> None:
    words = load_lexicon().words
    for section, keys in {"measure": ("up", "down", "count_change"), "kind": ("target", "forecast", "plan_section"),
                          "period": ("cumulative",)}.items():
        for key in keys:
            assert words[section][key], (section, key)
    names = [name for spec in words["scope"].values() for name in spec["values"]]
    assert len(names) == len(set(names)), "a scope word belongs to one dimension"
    assert {"规上", "新增", "累计", "常住", "城镇"} <= set(names)
