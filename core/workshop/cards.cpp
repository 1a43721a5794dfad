#include "core/workshop/cards.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace debrief::workshop {

WorkshopCards CardsOf(const Database& db) {
    WorkshopCards out;
    for (const Scenario& s : BuiltInScenarios()) out.Cards.push_back({s, false, {}});

    std::vector<OfferedCard> imported;
    for (const auto& [id, record] : db.ScenarioCards()) {
        const ScenarioRead read = ParseScenario(record.Card, "Imported card \"" + record.CardId + "\"");
        if (!read.Ok() || read.Cards.size() != 1) {
            out.Problems.insert(out.Problems.end(), read.Errors.begin(), read.Errors.end());
            continue;
        }
        imported.push_back({read.Cards.front(), true, id});
    }
    // Records come from a hash map: sort so the list never reorders between frames or reloads.
    std::sort(imported.begin(), imported.end(), [](const OfferedCard& a, const OfferedCard& b) {
        return a.Card.Title != b.Card.Title ? a.Card.Title < b.Card.Title : a.Card.Id < b.Card.Id;
    });
    for (OfferedCard& card : imported) {
        const auto same = std::find_if(out.Cards.begin(), out.Cards.end(),
                                       [&](const OfferedCard& c) { return c.Card.Id == card.Card.Id; });
        if (same != out.Cards.end())
            *same = std::move(card);
        else
            out.Cards.push_back(std::move(card));
    }
    std::sort(out.Problems.begin(), out.Problems.end());
    return out;
}

const OfferedCard* FindCard(const WorkshopCards& cards, std::string_view id) {
    for (const OfferedCard& c : cards.Cards)
        if (c.Card.Id == id) return &c;
    return nullptr;
}

ScenarioCard ToRecord(const Scenario& card) {
    ScenarioCard record;
    record.CardId = card.Id;
    record.Card = nlohmann::json::parse(ScenarioToJson(card)).dump();
    return record;
}

}  // namespace debrief::workshop
