// The records views driven through ImGuiIO, with records in memory storage: create, edit,
// delete, notes with evidence, conflicts between two tabs, restore and CSV import.
#include <doctest/doctest.h>

#include "core/exchange/backup.h"
#include "view_harness.h"
#include "web/ui/key_codes.h"

namespace {

const debrief::Candidate* OnlyCandidate(const ViewHarness& ui) {
    const auto& table = ui.Records.Records().Candidates();
    return table.size() == 1 ? &table.begin()->second : nullptr;
}

// Clicks the combo `combo` and picks `option` from its list.
void Choose(ViewHarness& ui, const char* combo, const char* option) {
    REQUIRE(ui.Click(combo));
    const ui::items::Item* item = ui.FindIn(option, "##Combo");
    REQUIRE(item != nullptr);
    const ui::items::Item copy = *item;
    ui.Click(copy);
}

void AddRole(ViewHarness& ui, const char* title) {
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("Roles"));
    REQUIRE(ui.Click("New role"));
    REQUIRE(ui.TypeInto("Title", title));
    REQUIRE(ui.TypeInto("Hiring manager", "Siobhán O'Brien"));
    REQUIRE(ui.Click("Save"));
}

void AddCandidate(ViewHarness& ui, const char* name, const char* role) {
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("All candidates"));
    REQUIRE(ui.Click("New candidate"));
    REQUIRE(ui.TypeInto("Full name", name));
    REQUIRE(ui.TypeInto("Email", "zoe@example.org"));
    if (role) Choose(ui, "Role", role);
    REQUIRE(ui.Click("Save"));
}

}  // namespace

TEST_CASE("a role and a candidate are created through their forms and stored") {
    ViewHarness ui;
    AddRole(ui, "Bookkeeper");
    CHECK(ui.Records.Records().Count(debrief::Collection::Roles) == 1);
    AddCandidate(ui, "Zoë Łukasz-Nuñez", "Bookkeeper");
    const debrief::Candidate* zoe = OnlyCandidate(ui);
    REQUIRE(zoe != nullptr);
    CHECK(zoe->FullName == "Zoë Łukasz-Nuñez");
    CHECK(zoe->Stage == "Applied");  // The role's first stage.
    CHECK(ui.Records.Records().FindRole(zoe->RoleId)->HiringManager == "Siobhán O'Brien");
    CHECK(ui.Records.Saving() == debrief::SaveState::Saved);
    CHECK(ui.Store.Backing()->Rows[debrief::Collection::Candidates].size() == 1);
    // The new candidate is selected and shown.
    CHECK(ui.State.Candidates.Selected == zoe->Id);
    CHECK(ui.Find("Schedule interview") != nullptr);
}

TEST_CASE("a candidate without a name cannot be saved, and the form says why") {
    ViewHarness ui;
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("New candidate"));
    REQUIRE(ui.Click("Save"));
    CHECK(ui.Records.Records().Candidates().empty());
    CHECK(ui.State.EditCandidate.Open);
    REQUIRE_FALSE(ui.State.EditCandidate.Issues.empty());
    CHECK(ui.State.EditCandidate.Issues[0].Field == "full_name");
}

TEST_CASE("an interview is scheduled, its notes fall due when it ends, and a note needs evidence") {
    ViewHarness ui;
    AddCandidate(ui, "Zoë Łukasz-Nuñez", nullptr);
    REQUIRE(ui.Click("Schedule interview"));
    REQUIRE(ui.TypeInto("Date", "2026-11-23"));
    REQUIRE(ui.TypeInto("Start time", "09:00"));
    REQUIRE(ui.TypeInto("Interviewers", "Amara Okafor, Kenji Watanabe"));
    REQUIRE(ui.Click("Save"));
    REQUIRE(ui.Records.Records().Interviews().size() == 1);
    const debrief::Interview& interview = ui.Records.Records().Interviews().begin()->second;
    CHECK(interview.StartsAt == *debrief::ParseInstant("2026-11-23T09:00:00Z"));
    CHECK(interview.Interviewers == std::vector<std::string>{"Amara Okafor", "Kenji Watanabe"});

    // 08:00: the interview has not happened yet; no note is due.
    CHECK(ui.Find("Write note##Amara Okafor") == nullptr);
    // Three hours after it ended, both notes are due, on the candidate and on Today.
    ui.Host.Clock = interview.EndsAt() + 3 * debrief::kMsPerHour;
    ui.Settle();
    REQUIRE(ui.Find("Write note##Amara Okafor") != nullptr);
    REQUIRE(ui.Click("Today"));
    CHECK(ui.Find("Write note##Note by Kenji Watanabe on Zoë Łukasz-Nuñez, Mon 23 Nov 2026") != nullptr);

    REQUIRE(ui.Click("Write note##Note by Amara Okafor on Zoë Łukasz-Nuñez, Mon 23 Nov 2026"));
    REQUIRE(ui.TypeInto("Strength 1", "Reconciles carefully"));
    REQUIRE(ui.TypeInto("Evidence##strength-1", "Found the duplicated invoice within minutes"));
    REQUIRE(ui.TypeInto("Concern 1", "Little payroll experience"));
    REQUIRE(ui.Click("Save note"));
    // The concern has no evidence: a warning, not a save.
    CHECK(ui.Records.Records().Notes().empty());
    REQUIRE(ui.Find("Save anyway") != nullptr);
    REQUIRE(ui.Click("Add evidence"));
    REQUIRE(ui.TypeInto("Evidence##concern-1", "Has not run a payroll end to end"));
    REQUIRE(ui.Click("Save note"));
    REQUIRE(ui.Records.Records().Notes().size() == 1);
    const debrief::InterviewNote& note = ui.Records.Records().Notes().begin()->second;
    CHECK(note.Interviewer == "Amara Okafor");
    CHECK(note.Concerns.at(0).Evidence == "Has not run a payroll end to end");
    CHECK(note.WrittenAt == interview.EndsAt() + 3 * debrief::kMsPerHour);
    CHECK(ui.Find("Write note##Note by Amara Okafor on Zoë Łukasz-Nuñez, Mon 23 Nov 2026") == nullptr);
    CHECK(ui.Find("Write note##Note by Kenji Watanabe on Zoë Łukasz-Nuñez, Mon 23 Nov 2026") != nullptr);
}

TEST_CASE("deleting asks first, and Keep keeps") {
    ViewHarness ui;
    AddCandidate(ui, "Ada Lovelace", nullptr);
    REQUIRE(ui.Click("Delete"));
    REQUIRE(ui.Find("Keep") != nullptr);
    REQUIRE(ui.Click("Keep"));
    CHECK(OnlyCandidate(ui) != nullptr);
    REQUIRE(ui.Click("Delete"));
    const ui::items::Item* confirm = ui.FindIn("Delete", "Delete?");
    REQUIRE(confirm != nullptr);
    const ui::items::Item copy = *confirm;
    ui.Click(copy);
    CHECK(ui.Records.Records().Candidates().empty());
    CHECK(ui.Store.Backing()->Rows[debrief::Collection::Candidates].empty());
}

TEST_CASE("keyboard: N opens a new candidate, Ctrl+S saves, Escape leaves the field and then closes") {
    ViewHarness ui;
    REQUIRE(ui.Click("Candidates"));
    ui.Press(ui::keys::kN);
    REQUIRE(ui.State.EditCandidate.Open);
    ui.Type("Grace Hopper");  // The name field has focus when the form opens.
    ui.Shortcut(ui::keys::kS);
    CHECK_FALSE(ui.State.EditCandidate.Open);
    REQUIRE(OnlyCandidate(ui) != nullptr);
    CHECK(OnlyCandidate(ui)->FullName == "Grace Hopper");

    ui.Press(ui::keys::kE);
    REQUIRE(ui.State.EditCandidate.Open);
    ui.Press(ui::keys::kEscape);  // Leaves the name field.
    CHECK(ui.State.EditCandidate.Open);
    ui.Press(ui::keys::kEscape);  // Closes the form.
    CHECK_FALSE(ui.State.EditCandidate.Open);

    ui.Shortcut(ui::keys::kF);
    CHECK(ImGui::GetIO().WantTextInput);
    ui.Type("grace");
    CHECK(ui.State.Candidates.Filter.Query == "grace");
}

TEST_CASE("the list finds, filters and sorts, and stays clipped with thousands of candidates") {
    ViewHarness ui;
    std::vector<debrief::Candidate> many;
    for (int i = 0; i < 5000; ++i) {
        debrief::Candidate c;
        c.FullName = "Candidate " + std::to_string(10000 + i);
        many.push_back(c);
    }
    debrief::Candidate zoe;
    zoe.FullName = "Zoë Łukasz-Nuñez";
    many.push_back(zoe);
    ui.Records.AddCandidates(many, "test");
    ui.Settle();
    REQUIRE(ui.Click("Candidates"));
    std::size_t rows = 0;
    for (const ui::items::Item& item : ui::items::Published())
        if (item.Window.find("Candidate list") != std::string::npos &&
            item.Text().rfind("Candidate 1", 0) == 0)
            ++rows;
    CHECK(rows > 5);
    CHECK(rows < 100);  // Only what fits on screen is drawn.
    REQUIRE(ui.TypeInto("Find a candidate", "lukasz"));
    CHECK(ui.State.Candidates.Rows.size() == 1);
    CHECK(ui.Find("Zoë Łukasz-Nuñez") != nullptr);
}

TEST_CASE("two tabs: a stale save shows the conflict, and Keep mine wins on purpose") {
    auto backing = std::make_shared<debrief::MemoryBacking>();
    ViewHarness first(1.0f, ImVec2(1280, 800), backing);
    AddCandidate(first, "Ada Lovelace", nullptr);
    ViewHarness second(1.0f, ImVec2(1280, 800), backing);
    const debrief::RecordId id = OnlyCandidate(first)->Id;

    // Both tabs open the editor; the second saves first.
    second.State.Candidates.Selected = id;
    second.State.Current = app::Area::Candidates;
    second.Settle();
    REQUIRE(second.Click("Edit"));
    REQUIRE(first.Click("Edit"));
    REQUIRE(second.TypeInto("Phone", "+44 20 7946 0000"));
    REQUIRE(second.Click("Save"));
    REQUIRE(first.TypeInto("Source", "Referral"));
    first.Store.RunPending();  // The other tab's announcement arrives.
    REQUIRE(first.Click("Save"));

    CHECK(first.Records.Saving() == debrief::SaveState::Conflict);
    REQUIRE(first.Find("Keep mine") != nullptr);
    REQUIRE(first.Click("See both"));
    CHECK(first.State.ConflictShown == 0);
    REQUIRE(first.Click("Keep mine"));
    CHECK(first.Records.Saving() == debrief::SaveState::Saved);
    CHECK(backing->Rows[debrief::Collection::Candidates][id].Rev == 3);
    second.Settle();
    CHECK(second.Records.Records().FindCandidate(id)->Source == "Referral");
}

TEST_CASE("a malformed backup is refused with its problems and nothing changes") {
    ViewHarness ui;
    AddCandidate(ui, "Ada Lovelace", nullptr);
    const std::string before = debrief::ExportBackup(ui.Records.Records(), ui.State.Build);
    ui.Host.NextPick =
        app::PickedFile{"broken.json", "{\"format\":\"debrief-backup\",\"schema\":1,\"candidates\":[{]}"};
    REQUIRE(ui.Click("File"));
    REQUIRE(ui.Click("Restore backup"));
    CHECK(ui.Host.LastAccept.find(".json") != std::string::npos);
    CHECK(ui.State.Restore.Now == app::BackupRestore::Step::Problems);
    REQUIRE(ui.Click("Close"));
    CHECK(debrief::ExportBackup(ui.Records.Records(), ui.State.Build) == before);

    REQUIRE(ui.Click("File"));
    REQUIRE(ui.Click("Export backup"));
    REQUIRE(ui.Host.Downloads.size() == 1);
    CHECK(ui.Host.Downloads[0].Bytes == before);
    CHECK(ui.Host.Downloads[0].Name == "debrief-backup-2026-11-23.json");
}

TEST_CASE("restoring a good backup replaces everything after confirmation") {
    ViewHarness ui;
    AddCandidate(ui, "Ada Lovelace", nullptr);
    REQUIRE(ui.Click("File"));
    REQUIRE(ui.Click("Export backup"));
    const std::string backup = ui.Host.Downloads.at(0).Bytes;
    AddCandidate(ui, "Grace Hopper", nullptr);
    CHECK(ui.Records.Records().Candidates().size() == 2);
    ui.Host.NextPick = app::PickedFile{"backup.json", backup};
    REQUIRE(ui.Click("File"));
    REQUIRE(ui.Click("Restore backup"));
    REQUIRE(ui.Click("Replace everything"));
    REQUIRE(OnlyCandidate(ui) != nullptr);
    CHECK(OnlyCandidate(ui)->FullName == "Ada Lovelace");
    CHECK(ui.Store.Backing()->Rows[debrief::Collection::Candidates].size() == 1);
}

TEST_CASE("a CSV import maps columns, previews, and adds the good rows in one action") {
    ViewHarness ui;
    ui.Host.NextPick =
        app::PickedFile{"people.csv", "Name;E-mail;Notes\r\nZoë Łukasz-Nuñez;zoe@example.org;\"Likes "
                                      "\"\"numbers\"\"\"\r\n;nobody@example.org;\r\n"};
    REQUIRE(ui.Click("File"));
    REQUIRE(ui.Click("Import candidates (CSV)"));
    CHECK(ui.State.Import.Now == app::CsvImport::Step::Mapping);
    REQUIRE(ui.Click("Import 1 candidate"));
    const debrief::Candidate* zoe = OnlyCandidate(ui);
    REQUIRE(zoe != nullptr);
    CHECK(zoe->Email == "zoe@example.org");
    CHECK(zoe->Notes == "Likes \"numbers\"");
    CHECK(ui.Records.AcknowledgedActions() >= 1);
    CHECK(ui.State.Message.Text.find("Imported 1 candidate") != std::string::npos);
}

TEST_CASE("the loading dialog goes away when the records are in, and the first click works") {
    ViewHarness ui;
    ui.DeliverStorageEvents = false;
    ui.Records.Open();  // Opening again: the dialog shows while storage answers.
    ui.Settle();
    CHECK(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    ui.DeliverStorageEvents = true;
    REQUIRE(ui.Records.Loading() == debrief::LoadState::Loading);
    ui.Store.RunPending();
    REQUIRE(ui.Records.Loading() == debrief::LoadState::Ready);
    // The very first click after loading must reach the menu bar.
    REQUIRE(ui.Click("View"));
    CHECK(ui.FindIn("Settings", "##Menu_") != nullptr);
}

TEST_CASE("the candidate list shows before interviews and notes are read, which follow") {
    ViewHarness ui;
    AddCandidate(ui, "Ada Lovelace", nullptr);
    ui.DeliverStorageEvents = false;
    ui.Records.Open();
    REQUIRE(ui.Store.RunNext());  // First part: roles and candidates.
    ui.Settle();
    REQUIRE(ui.Records.Loading() == debrief::LoadState::Ready);
    CHECK_FALSE(ui.Records.Complete());
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("Ada Lovelace"));
    CHECK(ui.Find("Schedule interview") == nullptr);  // Interviews are not read yet.
    ui.Press(ui::keys::kDelete);
    CHECK_FALSE(ui.State.ConfirmDelete.Open);  // Deleting waits for the whole history.

    REQUIRE(ui.Store.RunNext());  // Second part: everything else.
    ui.Settle();
    CHECK(ui.Records.Complete());
    CHECK(ui.Find("Schedule interview") != nullptr);
    ui.Press(ui::keys::kDelete);
    CHECK(ui.State.ConfirmDelete.Open);
}
