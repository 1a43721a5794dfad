#include "web/app/tone.h"

#include <algorithm>

#include "core/templates/library.h"
#include "web/app/app_state.h"
#include "web/app/compose.h"

namespace app {

namespace tone = debrief::tone;

namespace {

std::string PhrasesKey(const debrief::Profile* p) {
    std::string key;
    if (!p) return key;
    for (const debrief::ToneNote& n : p->TonePhrases) key += n.Category + '\x1f' + n.Text + '\x1f' + n.Suggestion + '\x1e';
    return key;
}

std::vector<tone::OwnPhrase> OwnPhrasesOf(const debrief::Profile* p) {
    std::vector<tone::OwnPhrase> own;
    if (!p) return own;
    for (const debrief::ToneNote& n : p->TonePhrases) {
        const auto c = tone::ParseCategory(n.Category);
        if (c) own.push_back({n.Text, *c, n.Suggestion});
    }
    return own;
}

debrief::Profile StoredProfile(const AppState& state) {
    const debrief::Profile* p = state.Records->Records().FindProfile();
    return p ? *p : debrief::Profile{};
}

}  // namespace

const tone::Checker& ToneChecker(AppState& state) {
    ToneSettingsCache& cache = state.Tone;
    const debrief::Profile* profile = state.Records->Records().FindProfile();
    std::string key = PhrasesKey(profile);
    if (!cache.Checker || key != cache.Phrases) {
        cache.PhraseProblems.clear();
        const std::vector<tone::OwnPhrase> own = OwnPhrasesOf(profile);
        cache.Checker = own.empty() ? std::shared_ptr<const tone::Checker>(std::shared_ptr<void>(), &tone::Checker::BuiltIn())
                                    : std::make_shared<const tone::Checker>(
                                          tone::Checker::BuiltIn().WithOwnPhrases(own, &cache.PhraseProblems));
        cache.Phrases = std::move(key);
    }
    return *cache.Checker;
}

void UpdateToneCheck(AppState& state, ToneCheck& check, std::string_view text, debrief::MessageKind kind,
                     const std::vector<debrief::ToneNote>& ignored, const debrief::Message* message) {
    // Called every frame: nothing is built unless something the check depends on changed.
    const std::uint64_t generation = state.Records->Records().Generation();
    const std::int32_t today = debrief::DateOf(state.Platform->Now()).DaysSinceEpoch;
    if (check.Generation == generation && check.Kind == kind && check.Today == today && check.Text == text &&
        check.IgnoredWith == ignored)
        return;
    const tone::Checker& checker = ToneChecker(state);
    const debrief::Profile* profile = state.Records->Records().FindProfile();
    tone::Options options;
    if (profile) {
        for (const std::string& id : profile->ToneOff) {
            // Risks stay on whatever was stored: Settings does not offer to turn them off.
            if (const auto c = tone::ParseCategory(id); c && *c != tone::Category::Protected) options.Off.Set(*c, true);
        }
    }
    for (const debrief::ToneNote& n : ignored)
        if (const auto c = tone::ParseCategory(n.Category)) options.Ignore.push_back({*c, n.Text});
    // A candidate's follow-up: their earlier follow-ups to the same person, by day sent.
    if (kind == debrief::MessageKind::CandidateFollowUp && message) {
        options.History.Known = true;
        options.History.Today = today;
        for (const auto& [id, m] : state.Records->Records().Messages()) {
            if (m.Id == message->Id || m.CandidateId != message->CandidateId ||
                m.Kind != debrief::MessageKind::CandidateFollowUp || !m.SentAt)
                continue;
            options.History.Earlier.push_back(debrief::DateOf(*m.SentAt).DaysSinceEpoch);
        }
    }
    check.Text.assign(text);
    check.Generation = generation;
    check.Kind = kind;
    check.Today = today;
    check.IgnoredWith = ignored;
    check.Report = checker.Check(check.Text, tone::KindOf(kind), options);
}

std::string MaskTemplateTags(std::string_view source) {
    std::string out(source);
    std::size_t at = 0;
    while ((at = out.find("{{", at)) != std::string::npos) {
        const bool triple = out.compare(at, 3, "{{{") == 0;
        const std::size_t close = out.find(triple ? "}}}" : "}}", at + 2);
        if (close == std::string::npos) break;
        const std::size_t end = close + (triple ? 3 : 2);
        const std::string_view inside = std::string_view(out).substr(at + 2, close - at - 2);
        const char sigil = inside.empty() ? ' ' : inside.front();
        const bool value = sigil != '#' && sigil != '^' && sigil != '/' && sigil != '!' && sigil != '>' && sigil != '=';
        std::string name(inside);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        const bool when = name.find("date") != std::string::npos || name.find("time") != std::string::npos ||
                          name.find("deadline") != std::string::npos || name.find("when") != std::string::npos;
        for (std::size_t i = at; i < end; ++i) {
            if (!value) out[i] = ' ';
            else if (when) out[i] = (i - at) % 2 == 0 || i + 1 == end ? '1' : '-';  // "1-1-1-11": a date.
            else out[i] = i == at ? 'X' : 'x';  // "Xxxxxxxx": a name.
        }
        at = end;
    }
    return out;
}

void ApplyToneSuggestion(AppState& state, const tone::Finding& finding) {
    ComposeState& c = state.Compose;
    if (finding.Replacement.empty() || finding.End > c.Body.size() || finding.Start >= finding.End) return;
    if (c.Tone.Text != c.Body) return;  // The report is about an older text: wait for the next check.
    c.Body.replace(finding.Start, finding.End - finding.Start, finding.Replacement);
    DraftEdited(state);
}

void IgnoreToneFinding(AppState& state, const tone::Finding& finding) {
    ComposeState& c = state.Compose;
    const debrief::Message* stored = state.Records->Records().FindMessage(c.MessageId);
    if (!stored || finding.End > c.Body.size()) return;
    debrief::Message m = *stored;
    m.ToneIgnored.push_back({std::string(tone::CategoryId(finding.Of)),
                             c.Body.substr(finding.Start, finding.End - finding.Start), {}});
    SaveDraftIfDue(state, true);  // Keep the text typed so far: it is saved first, then the ignore.
    if (const debrief::Message* fresh = state.Records->Records().FindMessage(c.MessageId)) {
        debrief::Message updated = *fresh;
        updated.ToneIgnored = m.ToneIgnored;
        state.Records->SaveMessage(std::move(updated));
    }
}

int RiskFindings(const tone::Report& report) {
    return static_cast<int>(std::count_if(report.Findings.begin(), report.Findings.end(),
                                          [](const tone::Finding& f) { return f.Level == tone::Severity::Risk; }));
}

void SetToneCategory(AppState& state, tone::Category category, bool on) {
    debrief::Profile p = StoredProfile(state);
    const std::string id(tone::CategoryId(category));
    std::erase(p.ToneOff, id);
    if (!on) p.ToneOff.push_back(id);
    state.Records->SaveProfile(std::move(p));
}

bool AddOwnPhrase(AppState& state, debrief::ToneNote phrase, std::string& error) {
    const auto category = tone::ParseCategory(phrase.Category);
    if (!category || tone::IsMissingElement(*category)) {
        error = "Choose the kind of problem this phrase is.";
        return false;
    }
    tone::Pattern pattern;
    if (phrase.Text.find_first_not_of(" \t") == std::string::npos) {
        error = "Type the phrase to flag.";
        return false;
    }
    if (phrase.Text.size() > 200 || phrase.Suggestion.size() > 500) {
        error = "Keep the phrase under 200 characters and the suggestion under 500.";
        return false;
    }
    if (!tone::CompilePattern(phrase.Text, pattern, error)) {
        error = "This phrase cannot be used: " + error + ".";
        return false;
    }
    debrief::Profile p = StoredProfile(state);
    if (std::find(p.TonePhrases.begin(), p.TonePhrases.end(), phrase) != p.TonePhrases.end()) {
        error = "This phrase is already on your list.";
        return false;
    }
    p.TonePhrases.push_back(std::move(phrase));
    state.Records->SaveProfile(std::move(p));
    return true;
}

void RemoveOwnPhrase(AppState& state, std::size_t index) {
    debrief::Profile p = StoredProfile(state);
    if (index >= p.TonePhrases.size()) return;
    p.TonePhrases.erase(p.TonePhrases.begin() + static_cast<std::ptrdiff_t>(index));
    state.Records->SaveProfile(std::move(p));
}

}  // namespace app
