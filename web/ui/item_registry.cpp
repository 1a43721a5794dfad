// Implements ImGui's test-engine item hooks (imgui_internal.h, "[SECTION] Test Engine specific
// hooks") to record every item of a frame. This file is compiled into the imgui library target
// because ImGui's own code calls these hooks; see cmake/ImGui.cmake.
#include "web/ui/item_registry.h"

#include <unordered_map>

#include <nlohmann/json.hpp>

#include "imgui_internal.h"

namespace ui::items {

namespace {

struct Registry {
    std::vector<Item> Recording;
    std::vector<Item> Published;
    int PublishedFrame = -1;
};

std::unordered_map<ImGuiContext*, Registry>& AllRegistries() {
    static std::unordered_map<ImGuiContext*, Registry> registries;
    return registries;
}

Registry& RegistryOf(ImGuiContext* ctx) { return AllRegistries()[ctx]; }
Registry& TheRegistry() { return RegistryOf(ImGui::GetCurrentContext()); }

Item* FindRecording(ImGuiContext* ctx, ImGuiID id) {
    auto& recording = RegistryOf(ctx).Recording;
    // The item being described is almost always the last one added.
    for (auto it = recording.rbegin(); it != recording.rend(); ++it)
        if (it->Id == id) return &*it;
    return nullptr;
}

}  // namespace

std::string_view Item::Text() const {
    const std::size_t hidden = Label.find("##");
    return std::string_view(Label).substr(0, hidden);
}

bool Item::IsChecked() const { return (StatusFlags & ImGuiItemStatusFlags_Checked) != 0; }

void SetEnabled(ImGuiContext* ctx, bool enabled) { ctx->TestEngineHookItems = enabled; }

void Forget(ImGuiContext* ctx) { AllRegistries().erase(ctx); }

void DescribeLastItem(const char* label) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (Item* item = FindRecording(ctx, ctx->LastItemData.ID); item && item->Label.empty())
        item->Label = label;
}

void BeginFrame() { TheRegistry().Recording.clear(); }

void Publish() {
    Registry& r = TheRegistry();
    std::swap(r.Published, r.Recording);
    r.Recording.clear();
    r.PublishedFrame = ImGui::GetFrameCount();
}

const std::vector<Item>& Published() { return TheRegistry().Published; }

int PublishedFrame() { return TheRegistry().PublishedFrame; }

const Item* Find(std::string_view label) {
    for (const Item& item : TheRegistry().Published)
        if (!item.Label.empty() && item.IsVisible() && (item.Text() == label || item.Label == label))
            return &item;
    return nullptr;
}

std::string PublishedJson() {
    nlohmann::json items = nlohmann::json::array();
    for (const Item& item : TheRegistry().Published) {
        if (item.Label.empty()) continue;
        items.push_back({
            {"label", item.Label},
            {"text", std::string(item.Text())},
            {"window", item.Window},
            {"x", item.VisibleMin.x},
            {"y", item.VisibleMin.y},
            {"w", item.VisibleMax.x - item.VisibleMin.x},
            {"h", item.VisibleMax.y - item.VisibleMin.y},
            {"visible", item.IsVisible()},
            {"checked", item.IsChecked()},
        });
    }
    // Replace, not throw: labels come from data and may hold broken UTF-8.
    return nlohmann::json{{"frame", TheRegistry().PublishedFrame}, {"items", std::move(items)}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ui::items

// ---------------------------------------------------------------------------------------------
// The hooks ImGui calls. Their signatures are fixed by imgui_internal.h.

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    ImGuiWindow* window = ctx->CurrentWindow;
    ui::items::Item item;
    item.Id = id;
    item.Window = window ? window->Name : "";
    item.Min = bb.Min;
    item.Max = bb.Max;
    ImRect visible = bb;
    if (window) visible.ClipWithFull(window->ClipRect);
    // A window that auto-sizes is laid out once unseen before it shows (ImGui hides it for that
    // frame); its items' positions are provisional then, and nothing can be clicked there.
    if (window && window->Hidden) visible = ImRect(bb.Min, bb.Min);
    item.VisibleMin = visible.Min;
    item.VisibleMax = visible.Max;
    ui::items::RegistryOf(ctx).Recording.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
    if (ui::items::Item* item = ui::items::FindRecording(ctx, id)) {
        item->Label = label ? label : "";
        item->StatusFlags = flags;
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

// Used by ImGui's Metrics window to name items; the recording knows their labels.
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext* ctx, ImGuiID id) {
    const ui::items::Item* item = ui::items::FindRecording(ctx, id);
    return item ? item->Label.c_str() : nullptr;
}
