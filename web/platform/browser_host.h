// app::Host in the browser: clock, time zone, downloads, file choosing, storage health, reload.
//
// Implemented features:
//  [X] Now() from Date.now(); local offsets from the browser's time-zone rules.
//  [X] Downloads as Blob links; file choosing through <input type=file>, read whole.
//  [X] Storage health through IdbStorage; "already asked for persistence" kept in localStorage.
//  [X] mailto: links opened in the user's mail client; the browser's preferred locale.
//  [X] The offline copy and updates from offline.js, read again only when they changed.
//  [ ] Drag and drop of files onto the window.
#pragma once

#include <map>
#include <string>

#include "web/app/host.h"
#include "web/platform/idb_storage.h"

namespace browser {

class BrowserHost final : public app::Host {
  public:
    explicit BrowserHost(IdbStorage& storage) : Storage(storage) {}

    debrief::TimeMs Now() const override;
    int LocalOffsetMinutes(debrief::TimeMs utc) const override;
    void Download(std::string_view file_name, std::string_view mime_type, std::string_view bytes) override;
    void PickFile(std::string_view accept, std::function<void(app::PickedFile)> done) override;
    void QueryStorageHealth(bool ask_persistence,
                            std::function<void(const app::StorageHealth&)> done) override;
    bool PersistenceAlreadyAsked() const override;
    void Reload() override;
    void OpenMailto(std::string_view url) override;
    std::string PreferredLocale() const override;
    app::NotificationPermission Notifications() const override;
    void RequestNotifications() override;
    void Notify(std::string_view title, std::string_view body, std::string_view tag) override;
    app::OfflineCopy Offline() const override;
    void CheckForUpdate() override;
    void ApplyUpdate() override;
    void Install() override;

    void DeliverFile(int request, app::PickedFile file);  // From debrief_on_file_picked().

  private:
    IdbStorage& Storage;
    int NextPick = 1;
    std::map<int, std::function<void(app::PickedFile)>> Picks;
    mutable int OfflineVersion = -2;  // offline.js's change count when Copy was read.
    mutable app::OfflineCopy Copy;
};

}  // namespace browser
