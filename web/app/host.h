// What the interface needs from the platform it runs on, beyond drawing: the clock and local
// time, files in and out, storage health, reloading, the offline copy and its updates. The browser implements it in
// web/platform/browser_host.cpp; view tests use a fake that records what was asked.
// Views never call the browser directly.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/time/time.h"

namespace app {

struct StorageHealth {
    bool Known = false;      // A report arrived.
    int Persisted = -1;      // 1 the browser promised to keep the data, 0 it may evict it, -1 unknown.
    bool Asked = false;      // Persistence was requested (once per profile).
    double UsageBytes = -1;  // -1 unknown.
    double QuotaBytes = -1;
};

enum class NotificationPermission { Unsupported, NotAsked, Granted, Denied };

// The copy of the app the browser keeps for offline use (a service worker and its cache), new
// versions of it, and installing the app.
struct OfflineCopy {
    enum class State { Unsupported, Preparing, Ready, Failed };
    enum class Update {
        None,
        Waiting,   // A new version is downloaded and waits for the user's word.
        Applying,  // The user said yes; the page reloads when it takes over.
        Elsewhere  // A new version took over (from another tab); this page runs the old one.
    };
    enum class Check { Idle, Checking, Current, Found, Failed };  // The last check the user asked for.

    State Copy = State::Unsupported;
    bool FirstInstall = false;  // This visit made the first copy.
    Update NewVersion = Update::None;
    Check LastCheck = Check::Idle;
    bool CanInstall = false;    // The browser offers to install the app.
    bool Installed = false;     // Running as, or just installed as, an app.
    std::string Problem;        // Why the copy could not be made.
};

struct PickedFile {
    std::string Name;
    std::string Bytes;
};

class Host {
  public:
    virtual ~Host() = default;

    virtual debrief::TimeMs Now() const = 0;
    // Minutes east of UTC in the user's time zone at instant `utc` (the zone's rules, DST included).
    virtual int LocalOffsetMinutes(debrief::TimeMs utc) const = 0;

    // Saves `bytes` as a file in the user's downloads.
    virtual void Download(std::string_view file_name, std::string_view mime_type, std::string_view bytes) = 0;
    // Lets the user choose a file (`accept` as in <input type=file>); `done` gets it, or is never
    // called if they cancel.
    virtual void PickFile(std::string_view accept, std::function<void(PickedFile)> done) = 0;

    // Asks for the storage health; `ask_persistence` also requests persistent storage.
    virtual void QueryStorageHealth(bool ask_persistence, std::function<void(const StorageHealth&)> done) = 0;
    virtual bool PersistenceAlreadyAsked() const = 0;  // Remembered per browser profile.

    virtual void Reload() = 0;

    // Hands a mailto: URL to the user's mail client (the browser asks which one).
    virtual void OpenMailto(std::string_view url) = 0;
    // The user's language and region for dates ("en-GB"), as the browser reports it.
    virtual std::string PreferredLocale() const = 0;

    // System notifications while the app is open (reminders of follow-ups that fall due).
    // Asking shows the browser's own prompt; the answer shows in Notifications() once given.
    virtual NotificationPermission Notifications() const = 0;
    virtual void RequestNotifications() = 0;
    // `tag` replaces an earlier notification with the same tag instead of stacking another.
    virtual void Notify(std::string_view title, std::string_view body, std::string_view tag) = 0;

    virtual OfflineCopy Offline() const = 0;
    virtual void CheckForUpdate() = 0;  // The answer shows in Offline().LastCheck.
    // Lets the waiting version take over and reloads the page into it (or just reloads, when it
    // took over already). Call only with every change stored.
    virtual void ApplyUpdate() = 0;
    virtual void Install() = 0;         // The browser's own install dialog, when CanInstall.
};

}  // namespace app
