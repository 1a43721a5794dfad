#include "web/app/app_state.h"

#include <nlohmann/json.hpp>

namespace app {

const std::array<AreaInfo, kAreaCount>& Areas() {
    static const std::array<AreaInfo, kAreaCount> areas = {{
        {Area::Today, "Today",
         "What is due today: notes to write while the interview is fresh, replies you promised, and "
         "candidates waiting to hear back."},
        {Area::Candidates, "Candidates",
         "Your open roles, their candidates and interviews, and the evidence each interviewer noted."},
        {Area::Compose, "Compose",
         "Personal messages for every outcome, drafted from the records, checked for tone as you type "
         "and sent from your own mail."},
        {Area::Templates, "Templates",
         "The message library: thank-yous, next steps, offers, status and delay updates, and "
         "rejections with constructive feedback."},
        {Area::Timeline, "Timeline",
         "What was promised to each candidate and by when, with follow-ups planned on your business days."},
        {Area::Workshop, "Workshop",
         "Hands-on training on fictional demo data, kept apart from your real records."},
        {Area::Settings, "Settings",
         "Your name and company for signatures, your working days and holidays, and this copy's version."},
    }};
    return areas;
}

const AreaInfo& Describe(Area area) { return Areas()[static_cast<std::size_t>(area)]; }

void Navigate(AppState& state, Area area) { state.Current = area; }

void RequestAbout(AppState& state) { state.AboutRequested = true; }

void SelectCandidate(AppState& state, const debrief::RecordId& id) {
    state.Current = Area::Candidates;
    state.Candidates.Tab = CandidatesTab::Candidates;
    state.Candidates.Selected = id;
    state.Candidates.ScrollToSelected = true;
}

void TogglePresenter(AppState& state) { state.Presenter.On = !state.Presenter.On; }

float PresenterScale(const AppState& state) {
    return state.Presenter.On ? std::clamp(state.Presenter.Scale, 1.5f, 2.0f) : 1.0f;
}

void ShowNotice(AppState& state, std::string text, debrief::TimeMs for_ms) {
    const debrief::TimeMs now = state.Platform ? state.Platform->Now() : 0;
    state.Message = {std::move(text), now + for_ms};
}

debrief::OffsetAt LocalOffset(const AppState& state) {
    const Host* host = state.Platform;
    return [host](debrief::TimeMs utc) { return host ? host->LocalOffsetMinutes(utc) : 0; };
}

std::string LocalDateText(const AppState& state) {
    const debrief::TimeMs now = state.Platform ? state.Platform->Now() : 0;
    return debrief::FormatDate(debrief::ToLocal(now, LocalOffset(state)).Day);
}

void WakeAt(AppState& state, debrief::TimeMs when) {
    if (state.WakeAt == 0 || when < state.WakeAt) state.WakeAt = when;
}

debrief::templates::MessageContext MessageContextFor(const AppState& state) {
    debrief::templates::MessageContext ctx;
    ctx.Records = &state.Records->Records();
    ctx.Sender = ctx.Records->FindProfile();
    const std::string locale = ctx.Sender && !ctx.Sender->Locale.empty()
                                   ? ctx.Sender->Locale
                                   : (state.Platform ? state.Platform->PreferredLocale() : std::string());
    ctx.Locale = debrief::DateLocaleOrDefault(locale);
    ctx.Offset = LocalOffset(state);
    ctx.Now = state.Platform ? state.Platform->Now() : 0;
    return ctx;
}

void ComposeFor(AppState& state, const debrief::RecordId& candidate, std::string_view kind) {
    ComposeState& c = state.Compose;
    c = ComposeState{};
    c.Candidate = candidate;
    if (!kind.empty()) c.From.Kind = std::string(kind);
    state.Current = Area::Compose;
}

void OpenNoteForm(AppState& state, const debrief::Interview& interview, const std::string& interviewer) {
    NoteForm& form = state.EditNote;
    form = {};
    form.Open = true;
    if (const debrief::InterviewNote* existing = state.Records->Records().NoteBy(interview.Id, interviewer)) {
        form.Draft = *existing;
        for (const std::string& q : existing->CandidateQuestions) form.Questions += q + "\n";
    } else {
        form.Draft.InterviewId = interview.Id;
        form.Draft.CandidateId = interview.CandidateId;
        form.Draft.Interviewer = interviewer;
        form.Draft.Strengths.push_back({});
        form.Draft.Concerns.push_back({});
    }
}

void OpenDraft(AppState& state, const debrief::Message& m) {
    ComposeState& c = state.Compose;
    c = ComposeState{};
    c.Candidate = m.CandidateId;
    c.MessageId = m.Id;
    c.Subject = m.Subject;
    c.Body = m.Body;
    const std::size_t slash = m.Template.find('/');
    if (slash != std::string::npos) {
        c.From.Kind = m.Template.substr(0, slash);
        c.From.Variant = m.Template.substr(slash + 1);
    } else if (const debrief::MessageTemplate* own = state.Records->Records().FindTemplate(m.Template)) {
        c.From.Kind = own->Kind;
        c.From.Own = own->Id;
    }
    if (m.PromisedReplyDate) c.PromisedDate = debrief::FormatDate(*m.PromisedReplyDate);
    state.Current = Area::Compose;
}

namespace {

const char* LoadStateName(debrief::LoadState s) {
    switch (s) {
    case debrief::LoadState::NotOpened: return "not_opened";
    case debrief::LoadState::Loading: return "loading";
    case debrief::LoadState::Ready: return "ready";
    case debrief::LoadState::NewerVersion: return "newer_version";
    case debrief::LoadState::Blocked: return "blocked";
    case debrief::LoadState::Unavailable: return "unavailable";
    case debrief::LoadState::Failed: return "failed";
    case debrief::LoadState::ClosedForUpgrade: return "closed_for_upgrade";
    }
    return "";
}

const char* SaveStateName(debrief::SaveState s) {
    switch (s) {
    case debrief::SaveState::Idle: return "idle";
    case debrief::SaveState::Saving: return "saving";
    case debrief::SaveState::Saved: return "saved";
    case debrief::SaveState::Failed: return "failed";
    case debrief::SaveState::Conflict: return "conflict";
    }
    return "";
}

}  // namespace

namespace {

// A tone check as the browser tests read it: score and findings with their byte spans.
nlohmann::json ToneJson(const ToneCheck& check) {
    nlohmann::json findings = nlohmann::json::array();
    for (const debrief::tone::Finding& f : check.Report.Findings)
        findings.push_back({{"category", debrief::tone::CategoryId(f.Of)},
                            {"severity", debrief::tone::SeverityId(f.Level)},
                            {"start", f.Start},
                            {"end", f.End}});
    return {{"score", check.Report.Score}, {"checked", check.Text.size()}, {"findings", findings}};
}

}  // namespace

nlohmann::json ToJson(const AppState& state) {
    nlohmann::json j = {
        {"area", Describe(state.Current).Name},
        {"candidateQuery", state.Candidates.Filter.Query},
        {"selectedCandidate", state.Candidates.Selected},
        {"version", std::string(state.Build.Version)},
        {"buildId", std::string(state.Build.Id)},
        {"notice", state.Message.Text},
        {"offline", OfflineCopyJson(state)},
        {"workshop", WorkshopJson(state)},
        {"presenter", {{"on", state.Presenter.On}, {"scale", PresenterScale(state)}}},
        {"compose",
         {{"candidate", state.Compose.Candidate},
          {"kind", state.Compose.From.Kind},
          {"variant", state.Compose.From.Variant},
          {"message", state.Compose.MessageId},
          {"subject", state.Compose.Subject},
          {"body", state.Compose.Body},
          {"dirty", state.Compose.Dirty},
          {"missing", state.Compose.Missing},
          {"batch", state.Compose.Batch.size()},
          {"batchAt", state.Compose.BatchAt},
          {"riskyConfirm", state.Compose.ConfirmRiskySend},
          {"tone", ToneJson(state.Compose.Tone)}}},
        {"templateTone", ToneJson(state.TemplateEditor.Tone)},
        {"templateProblems", state.TemplateEditor.Problems.size()},
        {"templatePreview", state.TemplateEditor.PreviewBody},
        {"restoreProblems", state.Restore.Check ? state.Restore.Check->Issues.size() : 0},
        {"storage",
         {{"persisted", state.Health.Persisted},
          {"asked", state.Health.Asked},
          {"usage", state.Health.UsageBytes},
          {"quota", state.Health.QuotaBytes}}},
    };
    if (const debrief::Workspace* w = state.Records) {
        nlohmann::json counts = nlohmann::json::object();
        for (debrief::Collection c : debrief::kAllCollections)
            counts[std::string(debrief::CollectionName(c))] = w->Records().Count(c);
        j["records"] = counts;
        j["load"] = LoadStateName(w->Loading());
        j["complete"] = w->Complete();
        j["save"] = SaveStateName(w->Saving());
        j["saveError"] = w->SaveError();
        j["unsaved"] = w->UnsavedActions();
        j["acknowledged"] = w->AcknowledgedActions();
        j["conflicts"] = w->Conflicts().size();
        j["unreadable"] = w->UnreadableRecords().size();
        const debrief::Message* open = w->Records().FindMessage(state.Compose.MessageId);
        j["compose"]["status"] = open ? std::string(debrief::ToString(open->Status)) : std::string();
        j["compose"]["promised"] = open && open->PromisedReplyDate ? debrief::FormatDate(*open->PromisedReplyDate)
                                                                   : std::string();
        nlohmann::json ignored = nlohmann::json::array();
        if (open)
            for (const debrief::ToneNote& n : open->ToneIgnored) ignored.push_back({{"category", n.Category}, {"text", n.Text}});
        j["compose"]["toneIgnored"] = ignored;
        const debrief::Profile* profile = w->Records().FindProfile();
        j["toneOff"] = profile ? profile->ToneOff : std::vector<std::string>{};
        // The plan as last drawn (the first 200 follow-ups, by due time).
        const debrief::Plan& plan = state.Plan.Value;
        nlohmann::json follow_ups = nlohmann::json::array();
        for (std::size_t i = 0; i < plan.FollowUps.size() && i < 200; ++i) {
            const debrief::FollowUp& f = plan.FollowUps[i];
            const debrief::Candidate* c = w->Records().FindCandidate(f.Candidate);
            follow_ups.push_back({{"key", debrief::KeyOf(f)},
                                  {"kind", debrief::ToString(f.Kind)},
                                  {"status", debrief::ToString(f.Status)},
                                  {"candidate", c ? c->FullName : std::string()},
                                  {"what", debrief::WhatOf(f, w->Records())},
                                  {"due", debrief::FormatInstant(f.Due)},
                                  {"reason", f.Reason}});
        }
        j["plan"] = {{"overdue", plan.Overdue},
                     {"dueToday", plan.DueToday},
                     {"upcoming", plan.Upcoming},
                     {"promises", plan.Promises.size()},
                     {"issues", plan.Issues.size()},
                     {"followUps", follow_ups}};
        j["reminders"] = profile && profile->Reminders;
    }
    return j;
}

}  // namespace app
