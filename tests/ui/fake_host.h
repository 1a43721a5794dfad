// A Host for headless view tests: a settable clock and time zone, and a record of what the
// views asked the platform to do (downloads, file pickers, storage checks, reloads, updates).
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "web/app/host.h"

struct FakeHost final : app::Host {
    struct Download {
        std::string Name, Mime, Bytes;
    };

    debrief::TimeMs Clock = 1'795'420'800'000;  // Monday 2026-11-23 08:00 UTC.
    int OffsetMinutes = 0;
    std::vector<Download> Downloads;
    std::optional<app::PickedFile> NextPick;  // What the user will choose in the next file picker.
    std::string LastAccept;
    bool PersistAsked = false;
    app::StorageHealth Health{true, 0, false, 1024, 1024 * 1024};
    int Reloads = 0;
    std::vector<std::string> MailtoUrls;
    std::string Locale = "en-GB";

    debrief::TimeMs Now() const override { return Clock; }
    int LocalOffsetMinutes(debrief::TimeMs) const override { return OffsetMinutes; }
    void Download(std::string_view name, std::string_view mime, std::string_view bytes) override {
        Downloads.push_back({std::string(name), std::string(mime), std::string(bytes)});
    }
    void PickFile(std::string_view accept, std::function<void(app::PickedFile)> done) override {
        LastAccept = std::string(accept);
        if (NextPick) {
            app::PickedFile file = std::move(*NextPick);
            NextPick.reset();
            done(std::move(file));
        }
    }
    void QueryStorageHealth(bool ask, std::function<void(const app::StorageHealth&)> done) override {
        if (ask) PersistAsked = true;
        app::StorageHealth h = Health;
        h.Asked = ask;
        done(h);
    }
    bool PersistenceAlreadyAsked() const override { return PersistAsked; }
    void Reload() override { ++Reloads; }
    void OpenMailto(std::string_view url) override { MailtoUrls.emplace_back(url); }
    std::string PreferredLocale() const override { return Locale; }
    app::NotificationPermission Notifications() const override { return Permission; }
    void RequestNotifications() override {
        ++PermissionRequests;
        if (Permission == app::NotificationPermission::NotAsked) Permission = AnswerToRequest;
    }
    void Notify(std::string_view title, std::string_view body, std::string_view tag) override {
        Notified.push_back({std::string(title), std::string(body), std::string(tag)});
    }
    struct Notification {
        std::string Title, Body, Tag;
    };
    app::OfflineCopy Offline() const override { return Copy; }
    void CheckForUpdate() override { ++UpdateChecks; }
    void ApplyUpdate() override { ++UpdatesApplied; }
    void Install() override { ++InstallDialogs; }

    app::OfflineCopy Copy;
    int UpdateChecks = 0, UpdatesApplied = 0, InstallDialogs = 0;
    app::NotificationPermission Permission = app::NotificationPermission::NotAsked;
    app::NotificationPermission AnswerToRequest = app::NotificationPermission::Granted;
    int PermissionRequests = 0;
    std::vector<Notification> Notified;
};
