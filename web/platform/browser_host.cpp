#include "web/platform/browser_host.h"

#include <emscripten/emscripten.h>

#include <array>
#include <string>

#include <nlohmann/json.hpp>

#include "web/platform/browser.h"

namespace browser {

namespace {
BrowserHost* g_host = nullptr;
constexpr const char* kPersistFlag = "persistence-asked";
}  // namespace

debrief::TimeMs BrowserHost::Now() const { return static_cast<debrief::TimeMs>(debrief_js_now()); }

int BrowserHost::LocalOffsetMinutes(debrief::TimeMs utc) const {
    return debrief_js_local_offset_minutes(static_cast<double>(utc));
}

void BrowserHost::Download(std::string_view file_name, std::string_view mime_type, std::string_view bytes) {
    const std::string name(file_name), mime(mime_type);
    debrief_js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void BrowserHost::PickFile(std::string_view accept, std::function<void(app::PickedFile)> done) {
    g_host = this;
    const int request = NextPick++;
    Picks[request] = std::move(done);
    const std::string text(accept);
    debrief_js_pick_file(request, text.c_str());
}

void BrowserHost::DeliverFile(int request, app::PickedFile file) {
    const auto it = Picks.find(request);
    if (it == Picks.end()) return;
    auto done = std::move(it->second);
    Picks.erase(it);
    done(std::move(file));
}

void BrowserHost::QueryStorageHealth(bool ask_persistence,
                                     std::function<void(const app::StorageHealth&)> done) {
    if (ask_persistence) debrief_js_flag(kPersistFlag, 1);
    Storage.QueryHealth(ask_persistence, [done = std::move(done)](const StorageHealth& h) {
        app::StorageHealth out;
        out.Known = true;
        out.Persisted = h.Persisted;
        out.Asked = h.Asked || debrief_js_flag(kPersistFlag, 0) != 0;
        out.UsageBytes = h.UsageBytes;
        out.QuotaBytes = h.QuotaBytes;
        done(out);
    });
}

bool BrowserHost::PersistenceAlreadyAsked() const { return debrief_js_flag(kPersistFlag, 0) != 0; }

void BrowserHost::Reload() { debrief_js_reload(); }

void BrowserHost::OpenMailto(std::string_view url) {
    const std::string text(url);
    debrief_js_open_mailto(text.c_str());
}

std::string BrowserHost::PreferredLocale() const {
    char tag[64] = {};
    debrief_js_preferred_locale(tag, static_cast<int>(sizeof tag));
    return tag;
}

app::NotificationPermission BrowserHost::Notifications() const {
    switch (debrief_js_notification_permission()) {
    case 1: return app::NotificationPermission::NotAsked;
    case 2: return app::NotificationPermission::Granted;
    case 3: return app::NotificationPermission::Denied;
    default: return app::NotificationPermission::Unsupported;
    }
}

void BrowserHost::RequestNotifications() { debrief_js_request_notifications(); }

void BrowserHost::Notify(std::string_view title, std::string_view body, std::string_view tag) {
    const std::string t(title), b(body), g(tag);
    debrief_js_notify(t.c_str(), b.c_str(), g.c_str());
}

app::OfflineCopy BrowserHost::Offline() const {
    std::array<char, 4096> json{};
    const int version = debrief_js_offline_state(OfflineVersion, json.data(), static_cast<int>(json.size()));
    if (version == OfflineVersion) return Copy;
    OfflineVersion = version;
    Copy = {};
    const nlohmann::json state = nlohmann::json::parse(json.data(), nullptr, false);
    if (version < 0 || !state.is_object()) return Copy;
    using C = app::OfflineCopy;
    const auto text = [&](const char* key) { return state.value(key, std::string()); };
    const std::string copy = text("offline"), update = text("update"), check = text("check");
    Copy.Copy = copy == "ready" ? C::State::Ready : copy == "preparing" ? C::State::Preparing
              : copy == "failed" ? C::State::Failed : C::State::Unsupported;
    Copy.NewVersion = update == "waiting" ? C::Update::Waiting : update == "applying" ? C::Update::Applying
                    : update == "elsewhere" ? C::Update::Elsewhere : C::Update::None;
    Copy.LastCheck = check == "checking" ? C::Check::Checking : check == "current" ? C::Check::Current
                   : check == "found" ? C::Check::Found : check == "failed" ? C::Check::Failed : C::Check::Idle;
    Copy.FirstInstall = state.value("firstInstall", false);
    Copy.CanInstall = state.value("canInstall", false);
    Copy.Installed = state.value("installed", false);
    Copy.Problem = text("problem");
    return Copy;
}

void BrowserHost::CheckForUpdate() { debrief_js_offline_action(1); }
void BrowserHost::ApplyUpdate() { debrief_js_offline_action(2); }
void BrowserHost::Install() { debrief_js_offline_action(3); }

}  // namespace browser

// Something the app waits for arrived outside input (the answer to a permission prompt).
extern "C" EMSCRIPTEN_KEEPALIVE void debrief_on_wake() { browser::WakeUp(); }

extern "C" EMSCRIPTEN_KEEPALIVE void debrief_on_file_picked(int request, const char* name, const char* data,
                                                            int length) {
    if (!browser::g_host) return;
    browser::g_host->DeliverFile(request,
                                 {name ? name : "", std::string(data, static_cast<std::size_t>(length))});
    browser::WakeUp();
}
