// The role form's "Follow-up policy": when each follow-up for the role's candidates is due. Every
// value shows its unit and allowed range; a value outside it is named in a plain sentence and
// blocks Save (see CheckRole in role_form.cpp). Roles the user applied for themselves show the
// candidate's side of the policy instead.
#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

namespace {

// The fields that matter for the employer's side or for the user's own applications.
bool CandidateSide(const debrief::PolicyField& f) {
    const std::string_view key = f.Key;
    return key.starts_with("candidate_") || key.starts_with("follow_up_") || key == "max_follow_ups";
}

}  // namespace

void DrawPolicyEditor(debrief::FollowUpPolicy& policy, bool own_application) {
    ui::Hint(own_application ? "Your own application: when to thank the interviewer and when to follow up."
                             : "When each follow-up for this role's candidates is due.");
    if (own_application) ImGui::Checkbox("Fast-paced industry (thank-you sooner)", &policy.FastPaced);
    for (const debrief::PolicyField& f : debrief::PolicyFields()) {
        if (CandidateSide(f) != own_application) continue;
        if (std::string_view(f.Key) == "candidate_thank_you_fast_hours" && !policy.FastPaced) continue;
        ImGui::PushID(f.Key);
        ImGui::SetNextItemWidth(ui::Em(6));
        int& value = policy.*f.Value;
        ImGui::InputInt((std::string(f.Label) + "##" + f.Key).c_str(), &value, 1, 5);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", f.Unit);
        if (value < f.Min || value > f.Max)
            ImGui::TextColored(ui::ErrorColour(), "Use %d to %d %s.", f.Min, f.Max, f.Unit);
        ImGui::PopID();
    }
    for (const std::string& problem : debrief::Validate(policy))
        if (problem.find("second keep-in-touch") != std::string::npos)
            ImGui::TextColored(ui::ErrorColour(), "%s", problem.c_str());
    if (policy != debrief::FollowUpPolicy{} && ImGui::Button("Back to the defaults")) {
        const bool fast = policy.FastPaced;
        policy = {};
        policy.FastPaced = own_application && fast;
    }
}

}  // namespace views
