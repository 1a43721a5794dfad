#include "web/app/compose.h"

#include "core/records/validation.h"
#include "core/templates/draft.h"
#include "core/time/local_time.h"
#include "imgui.h"

namespace app {

namespace {

using debrief::templates::BuiltInLibrary;

debrief::Message* OpenMessage(AppState& state, debrief::Message& copy) {
    const debrief::Message* m = state.Records->Records().FindMessage(state.Compose.MessageId);
    if (!m) return nullptr;
    copy = *m;
    return &copy;
}

void ReadDay(const std::string& text, std::optional<debrief::Date>& out, const char* field,
             debrief::FieldIssues& issues) {
    out.reset();
    if (text.empty()) return;
    out = debrief::ParseDate(text);
    if (!out) issues.push_back({field, debrief::Severity::Error, "Write the date as year-month-day, like 2026-12-01."});
}

}  // namespace

std::optional<ChosenTemplate> ResolveTemplate(const AppState& state, const TemplateChoice& choice) {
    const debrief::templates::TemplateKind* kind = BuiltInLibrary().Find(choice.Kind);
    if (!choice.Own.empty()) {
        const debrief::MessageTemplate* own = state.Records->Records().FindTemplate(choice.Own);
        if (!own) return std::nullopt;
        const debrief::templates::TemplateKind* own_kind = BuiltInLibrary().Find(own->Kind);
        return ChosenTemplate{own->Name, std::string(own->Id.c_str()), own->Subject, own->Body,
                              own_kind ? own_kind->Kind : debrief::MessageKind::StatusUpdate};
    }
    if (!kind) return std::nullopt;
    const debrief::templates::TemplateText* text = kind->Find(choice.Variant);
    if (!text) return std::nullopt;
    return ChosenTemplate{kind->Title + " (" + text->Variant + ")",
                          debrief::templates::BuiltInRef(kind->Id, text->Variant), text->Subject, text->Body,
                          kind->Kind};
}

bool ReadComposeDates(ComposeDates& dates, debrief::templates::ComposeChoices& out,
                      const debrief::OffsetAt& offset) {
    dates.Issues.clear();
    out = {};
    ReadDay(dates.ReplyBy, out.ReplyBy, "reply_by", dates.Issues);
    ReadDay(dates.PreviousReplyBy, out.PreviousReplyBy, "previous_reply_by", dates.Issues);
    ReadDay(dates.OfferStart, out.OfferStartDate, "offer_start", dates.Issues);
    for (std::size_t i = 0; i < dates.OptionDay.size(); ++i) {
        if (dates.OptionDay[i].empty() && dates.OptionTime[i].empty()) continue;
        const std::string field = "option" + std::to_string(i + 1);
        const std::optional<debrief::Date> day = debrief::ParseDate(dates.OptionDay[i]);
        const std::optional<int> minute = debrief::ParseClockTime(dates.OptionTime[i]);
        if (!day || !minute) {
            dates.Issues.push_back({field, debrief::Severity::Error,
                                    "Give each option a day (2026-12-01) and a time (14:30)."});
            continue;
        }
        out.NextStepOptions.push_back(debrief::FromLocal({*day, *minute}, offset));
    }
    return !debrief::HasErrors(dates.Issues);
}

namespace {

// The template rendered for one candidate, or nullopt (with a notice when the template is broken).
struct Rendered {
    ChosenTemplate From;
    debrief::templates::RenderedDraft Draft;
};
std::optional<Rendered> RenderFor(AppState& state, const debrief::RecordId& candidate, const TemplateChoice& choice,
                                  const debrief::templates::ComposeChoices& dates) {
    std::optional<ChosenTemplate> chosen = ResolveTemplate(state, choice);
    if (!chosen || !state.Records->Records().FindCandidate(candidate)) return std::nullopt;
    const nlohmann::json data = debrief::templates::BuildMessageData(MessageContextFor(state), candidate, dates);
    debrief::templates::RenderedDraft draft = debrief::templates::RenderDraft(chosen->Subject, chosen->Body, data);
    if (!draft.Problems.empty()) {
        ShowNotice(state, "The template \"" + chosen->Name + "\" has a problem: " +
                              debrief::templates::Describe(draft.Problems.front()) + " Fix it under Templates.");
        return std::nullopt;
    }
    return Rendered{std::move(*chosen), std::move(draft)};
}

// `m` (new or the open draft) filled from a rendered template, as a draft.
void FillDraft(debrief::Message& m, const debrief::RecordId& candidate, const Rendered& r,
               const debrief::templates::ComposeChoices& dates) {
    m.CandidateId = candidate;
    m.Kind = r.From.Kind;
    m.Subject = r.Draft.Subject;
    m.Body = r.Draft.Body;
    m.Template = r.From.Ref;
    m.Status = debrief::MessageStatus::Draft;
    m.PromisedReplyDate = dates.ReplyBy;
}

}  // namespace

std::optional<debrief::RecordId> CreateDraftFor(AppState& state, const debrief::RecordId& candidate,
                                                const TemplateChoice& choice,
                                                const debrief::templates::ComposeChoices& dates) {
    const std::optional<Rendered> r = RenderFor(state, candidate, choice, dates);
    if (!r) return std::nullopt;
    debrief::Message m;
    FillDraft(m, candidate, *r, dates);
    return state.Records->SaveMessage(std::move(m));
}

bool CreateDraft(AppState& state) {
    ComposeState& c = state.Compose;
    debrief::templates::ComposeChoices dates;
    if (!ReadComposeDates(c.Dates, dates, LocalOffset(state))) return false;
    std::optional<Rendered> r = RenderFor(state, c.Candidate, c.From, dates);
    if (!r) return false;
    debrief::Message m;
    if (OpenMessage(state, m) == nullptr || m.Status == debrief::MessageStatus::Sent) m = debrief::Message{};
    FillDraft(m, c.Candidate, *r, dates);
    c.MessageId = state.Records->SaveMessage(std::move(m));
    c.Subject = std::move(r->Draft.Subject);
    c.Body = std::move(r->Draft.Body);
    c.Missing = std::move(r->Draft.Missing);
    c.Dirty = false;
    c.PromisedDate = dates.ReplyBy ? debrief::FormatDate(*dates.ReplyBy) : std::string();
    c.SendIssues.clear();
    return true;
}

void DraftEdited(AppState& state) {
    ComposeState& c = state.Compose;
    c.Dirty = true;
    c.LastEdit = state.Platform->Now();
    c.Missing = debrief::templates::MissingMarksIn(c.Subject);
    for (const std::string& name : debrief::templates::MissingMarksIn(c.Body))
        if (std::find(c.Missing.begin(), c.Missing.end(), name) == c.Missing.end()) c.Missing.push_back(name);
    WakeAt(state, c.LastEdit + kDraftSaveDelayMs);
}

void SaveDraftIfDue(AppState& state, bool now) {
    ComposeState& c = state.Compose;
    if (!c.Dirty) return;
    if (!now && state.Platform->Now() - c.LastEdit < kDraftSaveDelayMs) {
        WakeAt(state, c.LastEdit + kDraftSaveDelayMs);
        return;
    }
    debrief::Message m;
    if (!OpenMessage(state, m)) {
        c.Dirty = false;  // Deleted meanwhile (here or in another tab): nothing to save into.
        return;
    }
    m.Subject = c.Subject;
    m.Body = c.Body;
    // Too long to store and read back: keep it on screen, unsaved, and say why (DraftBlockers).
    if (debrief::HasErrors(debrief::CheckMessageText(m))) return;
    // An edit that brings back a missing value makes a ready message a draft again.
    if (m.Status == debrief::MessageStatus::Ready && !debrief::templates::ReasonsNotReady(m).empty())
        m.Status = debrief::MessageStatus::Draft;
    state.Records->SaveMessage(std::move(m));
    c.Dirty = false;
}

std::vector<std::string> DraftBlockers(const AppState& state) {
    debrief::Message m;
    m.Subject = state.Compose.Subject;
    m.Body = state.Compose.Body;
    std::vector<std::string> reasons = debrief::templates::ReasonsNotReady(m);
    for (const debrief::FieldIssue& issue : debrief::CheckMessageText(m))
        reasons.push_back(issue.Message + " It is not saved until it is shorter.");
    const debrief::Candidate* c = state.Records->Records().FindCandidate(state.Compose.Candidate);
    if (c && c->Email.empty()) reasons.push_back("Add " + debrief::GreetingName(*c) + "'s email address.");
    return reasons;
}

bool MarkReady(AppState& state) {
    SaveDraftIfDue(state, true);
    if (!DraftBlockers(state).empty()) return false;
    debrief::Message m;
    if (!OpenMessage(state, m)) return false;
    m.Status = debrief::MessageStatus::Ready;
    state.Records->SaveMessage(std::move(m));
    return true;
}

bool MarkSent(AppState& state) {
    ComposeState& c = state.Compose;
    SaveDraftIfDue(state, true);
    c.SendIssues.clear();
    std::optional<debrief::Date> promised;
    ReadDay(c.PromisedDate, promised, "promised", c.SendIssues);
    if (!DraftBlockers(state).empty() || debrief::HasErrors(c.SendIssues)) return false;
    debrief::Message m;
    if (!OpenMessage(state, m)) return false;
    m.Status = debrief::MessageStatus::Sent;
    m.SentAt = state.Platform->Now();
    m.PromisedReplyDate = promised;
    state.Records->SaveMessage(std::move(m));
    return true;
}

debrief::MailDraft MailFor(const AppState& state) {
    debrief::MailDraft mail;
    const debrief::Database& db = state.Records->Records();
    if (const debrief::Candidate* c = db.FindCandidate(state.Compose.Candidate)) {
        mail.To = c->Email;
        mail.ToName = c->FullName;
    }
    if (const debrief::Profile* p = db.FindProfile()) {
        mail.FromName = p->SenderName;
        mail.FromEmail = p->SenderEmail;
    }
    mail.Subject = state.Compose.Subject;
    mail.Body = state.Compose.Body;
    return mail;
}

void CopyDraft(AppState& state) {
    // The body alone: what goes into the mail client's message field. The subject has its own copy button.
    ImGui::SetClipboardText(state.Compose.Body.c_str());
    ShowNotice(state, "The message is on the clipboard: paste it into your mail.");
}

void OpenInMailClient(AppState& state) {
    const std::string url = debrief::MailtoUrl(MailFor(state));
    state.Compose.LongMailto = !debrief::MailtoFits(url);
    if (state.Compose.LongMailto) {
        CopyDraft(state);
        return;
    }
    state.Platform->OpenMailto(url);
}

void DownloadEml(AppState& state) {
    debrief::EmlOptions options;
    options.Date = state.Platform->Now();
    options.MessageIdLocal = std::string(state.Compose.MessageId.c_str());
    const std::string eml = debrief::BuildEml(MailFor(state), options);
    std::string name = "message";
    if (const debrief::Candidate* c = state.Records->Records().FindCandidate(state.Compose.Candidate))
        name = "message-to-" + c->FullName;
    for (char& ch : name)
        if (ch == '/' || ch == '\\' || ch == ':' || ch == '"' || ch == '*' || ch == '?' || ch == '<' || ch == '>' ||
            ch == '|')
            ch = '-';
    state.Platform->Download(name + ".eml", "message/rfc822", eml);
}

}  // namespace app
