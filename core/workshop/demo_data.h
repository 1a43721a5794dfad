// Demo records for workshops: a small fictional bakery hiring for three roles, with about
// twenty-five candidates in every stage and the situations a trainer wants to show (a candidate
// waiting nine days with no word, a broken promise, vague and risky interview notes, a runner-up
// for the talent pool, an offer about to go out...).
//
//   workshop::DemoData demo = workshop::MakeDemoData(seed, now, offset);
//   workspace.RestoreBackup(demo.Records);          // Into the workshop's own database...
//   ExportBackup(demo.Records, build);              // ...or into a backup file.
//   RecordId waiting = demo.CandidateFor("waiting_9_days");
//
// Everything is a pure function of the seed, `now` and the time zone: the same inputs give the
// same records, ids included, byte for byte, natively and in the browser (seeded_random.h). Dates
// are relative to `now`, so the demo always looks current. Names come from many languages, with
// accents and apostrophes; every email address is at example.org or example.com.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/records/database.h"
#include "core/time/local_time.h"

namespace debrief::workshop {

// A situation one demo candidate is in. Scenario cards name the candidate they are about by
// its key (core/workshop/scenario.h).
struct DemoSituation {
    std::string_view Key;          // "waiting_9_days"
    std::string_view Description;  // "Interviewed nine days ago and has heard nothing since."
};

// Every key MakeDemoData fills, whatever the seed, in a fixed order.
const std::vector<DemoSituation>& DemoSituations();
bool IsDemoSituation(std::string_view key);

struct DemoData {
    Database Records;  // Roles, candidates, interviews, notes, messages, activity and the profile.
    std::map<std::string, RecordId, std::less<>> Situations;  // Situation key -> candidate id.

    RecordId CandidateFor(std::string_view situation) const;           // Empty for an unknown key.
    const Candidate* FindCandidate(std::string_view situation) const;  // nullptr for an unknown key.
};

inline constexpr const char* kDemoCompanyName = "Fernhill Bakery";  // Fictional.

// The demo as of `now`, with interviews at office hours in the zone `offset` (UTC when empty).
// Every record has revision 1 and passes the model's validation (core/records/validation.h):
// only warnings, such as the deliberately vague note's missing evidence.
DemoData MakeDemoData(std::uint64_t seed, TimeMs now, const OffsetAt& offset = {});

}  // namespace debrief::workshop
