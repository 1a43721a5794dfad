// The scenario cards a workshop offers: the built-in cards (scenario.h) and the cards a trainer
// imported into the workshop's database (ScenarioCard records). An imported card with the id of
// a built-in one takes its place, so a trainer can export a card, change it and import it back.
//
//   WorkshopCards cards = CardsOf(db);
//   for (const OfferedCard& c : cards.Cards) list(c.Card.Title, c.Imported);
//   for (const std::string& e : cards.Problems) warn(e);  // A stored card that no longer reads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/records/database.h"
#include "core/workshop/scenario.h"

namespace debrief::workshop {

struct OfferedCard {
    Scenario Card;
    bool Imported = false;
    RecordId Record;  // The ScenarioCard record of an imported card; empty for a built-in one.
};

struct WorkshopCards {
    std::vector<OfferedCard> Cards;     // Built-in cards in file order, then imported ones by title.
    std::vector<std::string> Problems;  // Imported cards left out because they do not read.
};

WorkshopCards CardsOf(const Database& db);
const OfferedCard* FindCard(const WorkshopCards& cards, std::string_view id);

// The record that keeps `card` in the workshop's database (Workspace::ImportScenarioCards).
ScenarioCard ToRecord(const Scenario& card);

}  // namespace debrief::workshop
