// Settings > "You and your company": who signs the messages, and the language and region their
// dates are written for. Stored as the one Profile record.
#include "core/records/validation.h"
#include "core/time/date_format.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

void DrawProfileForm(app::AppState& state) {
    app::ProfileForm& form = state.EditProfile;
    const debrief::Profile* stored = state.Records->Records().FindProfile();
    // Follow the stored profile (another tab may change it) until the user starts editing here.
    if (!form.Loaded || (stored && stored->Rev != form.Draft.Rev && form.Issues.empty() && !ImGui::IsAnyItemActive())) {
        if (stored) form.Draft = *stored;
        form.Loaded = state.Records->Complete();
    }
    ui::SectionHeading("You and your company");
    ui::Hint("Messages are signed with these details. They stay in this browser like everything else.");
    debrief::Profile& p = form.Draft;
    const float width = ui::Em(18);
    ImGui::SetNextItemWidth(width);
    ImGui::InputText("Your name", &p.SenderName);
    ImGui::SetNextItemWidth(width);
    ImGui::InputText("Your job title", &p.SenderTitle);
    ImGui::SetNextItemWidth(width);
    ImGui::InputText("Your email", &p.SenderEmail);
    ui::FieldMessages(form.Issues, "sender_email");
    ImGui::SetNextItemWidth(width);
    ImGui::InputText("Your phone", &p.SenderPhone);
    ImGui::SetNextItemWidth(width);
    ImGui::InputText("Company", &p.CompanyName);
    ImGui::SetNextItemWidth(width);
    ImGui::InputText("Company website", &p.CompanyWebsite);

    const std::string browser = state.Platform ? state.Platform->PreferredLocale() : std::string();
    const std::string automatic =
        "As this browser (" + std::string(debrief::LocaleLabel(debrief::DateLocaleOrDefault(browser))) + ")";
    const std::optional<debrief::DateLocale> chosen = debrief::ParseDateLocale(p.Locale);
    ImGui::SetNextItemWidth(width);
    if (ui::BeginCombo("Dates in messages", chosen && !p.Locale.empty() ? debrief::LocaleLabel(*chosen) : automatic.c_str())) {
        if (ImGui::Selectable(automatic.c_str(), p.Locale.empty())) p.Locale.clear();
        for (int i = 0; i < debrief::kDateLocaleCount; ++i) {
            const auto l = static_cast<debrief::DateLocale>(i);
            if (ImGui::Selectable(debrief::LocaleLabel(l), chosen == l && !p.Locale.empty()))
                p.Locale = std::string(debrief::LocaleTag(l));
        }
        ImGui::EndCombo();
    }
    const debrief::Date example = debrief::DateOf(state.Platform ? state.Platform->Now() : 0);
    ui::Hint(("For example: " + debrief::FormatLongDate(example, debrief::DateLocaleOrDefault(
                                                                          p.Locale.empty() ? browser : p.Locale)))
                 .c_str());

    if (ImGui::Button("Save your details")) {
        form.Issues.clear();
        if (!p.SenderEmail.empty() && !debrief::LooksLikeEmail(p.SenderEmail))
            form.Issues.push_back({"sender_email", debrief::Severity::Error, "This does not look like an email address."});
        if (form.Issues.empty()) {
            // Tone settings are saved from their own section as they change: keep the stored ones.
            if (stored) {
                p.ToneOff = stored->ToneOff;
                p.TonePhrases = stored->TonePhrases;
                p.Schedule = stored->Schedule;  // And the working week, saved from its own section.
                p.Reminders = stored->Reminders;
            }
            state.Records->SaveProfile(p);
            if (const debrief::Profile* saved = state.Records->Records().FindProfile()) form.Draft = *saved;
            app::ShowNotice(state, "Your details are saved.");
        }
    }
}

}  // namespace views
