// The built-in message templates (assets/templates/*.json): the twelve kinds with their three
// variants, each parsing cleanly, passing the strict check with complete data, and reading
// cleanly when notes, the interview or optional values are absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/templates/mustache.h"

#ifndef DEBRIEF_TEMPLATES_DIR
#error "DEBRIEF_TEMPLATES_DIR must name the directory holding the built-in template files"
#endif

namespace fs = std::filesystem;
using nlohmann::json;
namespace tpl = debrief::templates;

namespace {

struct ExpectedKind {
    const char* Id;
    const char* MessageKind;
    const char* Audience;
};

const std::vector<ExpectedKind> kExpectedKinds = {
    {"thank_you", "thank_you", "employer"},
    {"next_step", "next_steps", "employer"},
    {"offer", "offer", "employer"},
    {"status_update", "status_update", "employer"},
    {"delay_update", "delay_update", "employer"},
    {"rejection_screening", "rejection", "employer"},
    {"rejection_feedback", "feedback", "employer"},
    {"rejection_talent_pool", "rejection", "employer"},
    {"keep_in_touch", "keep_in_touch", "employer"},
    {"candidate_thank_you", "candidate_thank_you", "candidate"},
    {"candidate_follow_up", "candidate_follow_up", "candidate"},
    {"candidate_offer_reply", "candidate_offer_reply", "candidate"},
};

const std::vector<std::string> kVariants = {"warm", "formal", "brief"};

// Every kind of message Debrief knows (core/records/model.cpp).
const std::set<std::string> kMessageKinds = {
    "rejection",
    "feedback",
    "next_steps",
    "offer",
    "status_update",
    "delay_update",
    "thank_you",
    "keep_in_touch",
    "candidate_thank_you",
    "candidate_follow_up",
    "candidate_offer_reply",
};

// Kinds that only make sense after an interview: not rendered with `interview` false.
const std::set<std::string> kNeedInterview = {"thank_you", "rejection_feedback", "candidate_thank_you"};

struct Variant {
    std::string Kind, Name, Audience, Subject, Body;
};

std::string ReadFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every *.json in the directory, by file name.
std::map<std::string, json> LoadFiles() {
    std::map<std::string, json> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(DEBRIEF_TEMPLATES_DIR)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        const std::string name = entry.path().filename().string();
        json doc = json::parse(ReadFile(entry.path()), nullptr, false);
        INFO(name);
        CHECK_MESSAGE(!doc.is_discarded(), "not valid JSON");
        files[name] = std::move(doc);
    }
    return files;
}

std::string JoinLines(const json& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += '\n';
        out += lines[i].get<std::string>();
    }
    return out;
}

// Every variant of every well-formed file (the shape itself is checked in the first test case).
std::vector<Variant> LoadVariants() {
    std::vector<Variant> out;
    for (const auto& [name, doc] : LoadFiles()) {
        if (!doc.is_object() || !doc.contains("variants") || !doc["variants"].is_object()) continue;
        for (const auto& [variant, v] : doc["variants"].items()) {
            if (!v.is_object() || !v.contains("subject") || !v["subject"].is_string() ||
                !v.contains("body") || !v["body"].is_array() ||
                !std::all_of(v["body"].begin(), v["body"].end(), [](const json& l) { return l.is_string(); }))
                continue;
            out.push_back({doc.value("kind", name), variant, doc.value("audience", ""),
                           v["subject"].get<std::string>(), JoinLines(v["body"])});
        }
    }
    return out;
}

// Complete data, as BuildMessageData would give it: names with accents and an apostrophe, two
// interviewers, two strengths and a concern with evidence, topics, questions, every date.
json FullData() {
    return json::parse(R"json({
      "candidate": {"preferred_name": "Siobhán", "full_name": "Siobhán O'Brien",
                    "email": "siobhan.obrien@example.org"},
      "role": {"title": "Backend developer", "team": "Platform"},
      "company": {"name": "Łukasz & Nuñez Ltd", "website": "https://lukasz-nunez.example"},
      "sender": {"name": "Zoë Ferreira", "email": "zoe@lukasz-nunez.example", "title": "Head of Engineering",
                 "phone": "+44 20 7946 0018"},
      "interview": {
        "date": "Tuesday, November 24, 2026", "time": "10:00 AM", "format": "video call", "stage": "Interview",
        "interviewers": [{"name": "Amara Okafor"}, {"name": "Kenji Watanabe"}],
        "interviewer_names": "Amara Okafor and Kenji Watanabe", "first_interviewer": "Amara Okafor",
        "topics": [{"topic": "Moving billing to the event queue"}, {"topic": "How the team does code review"}],
        "has_topics": true
      },
      "notes": {
        "any": true, "has_strengths": true, "has_concerns": true,
        "strengths": [
          {"point": "Explains trade-offs clearly",
           "evidence": "Walked through why she chose a queue over polling, with numbers", "by": "Amara Okafor"},
          {"point": "Tests first", "evidence": "Wrote the failing test before fixing the pairing exercise bug",
           "by": "Kenji Watanabe"}
        ],
        "concerns": [
          {"point": "Little production database experience",
           "evidence": "Had not yet planned a schema migration on a live system", "by": "Kenji Watanabe"}
        ],
        "highlight": {"point": "Explains trade-offs clearly",
                      "evidence": "Walked through why she chose a queue over polling, with numbers"},
        "questions": [{"question": "How are on-call weeks shared?"}, {"question": "What would my first project be?"}]
      },
      "reply_by": {"date": "Friday, December 4, 2026"},
      "previous_reply_by": {"date": "Monday, November 30, 2026"},
      "next_step": {"stage": "Final interview",
                    "options": [{"date": "Tuesday, December 1, 2026, 10:00 AM"},
                                {"date": "Thursday, December 3, 2026, 2:30 PM"}]},
      "offer": {"start_date": "Monday, January 11, 2027"},
      "today": {"date": "Sunday, November 22, 2026"}
    })json");
}

// For the candidate's own messages the sender is the candidate.
json ForAudience(json data, const std::string& audience) {
    if (audience == "candidate") {
        data["sender"] = {{"name", "Siobhán O'Brien"},
                          {"email", "siobhan.obrien@example.org"},
                          {"title", ""},
                          {"phone", "+353 1 555 0142"}};
    }
    return data;
}

json WithoutNotes(json data) {
    data["notes"] = {{"any", false},
                     {"has_strengths", false},
                     {"has_concerns", false},
                     {"strengths", json::array()},
                     {"concerns", json::array()},
                     {"questions", json::array()},
                     {"highlight", false}};
    return data;
}

json WithoutInterview(json data) {
    data["interview"] = false;
    return data;
}

// Only the values a message needs: every optional text empty, no times offered, no topics.
json Bare(json data) {
    data = WithoutNotes(std::move(data));
    data["role"]["team"] = "";
    data["company"]["website"] = "";
    data["sender"]["title"] = "";
    data["sender"]["phone"] = "";
    data["interview"]["stage"] = "";
    data["interview"]["topics"] = json::array();
    data["interview"]["has_topics"] = false;
    data["next_step"] = {{"stage", ""}, {"options", json::array()}};
    data["offer"] = {{"start_date", ""}};
    return data;
}

std::string Describe(const std::vector<tpl::Problem>& problems) {
    std::string out;
    for (const tpl::Problem& p : problems) out += tpl::Describe(p) + "\n";
    return out;
}

std::string Render(const std::string& source, const json& data) {
    const tpl::Template t = tpl::Template::Parse(source);
    if (!t.Ok()) return "(does not parse)";
    tpl::RenderOptions options;
    options.MarkMissing = true;
    return t.Render(data, options).Text;
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// What a reader would notice: leftover tags, missing values, escaped characters, gaps where an
// empty value or a skipped section left a hole.
void CheckReadsCleanly(const std::string& text) {
    CHECK(!text.empty());
    if (text.empty()) return;
    CHECK_FALSE(Contains(text, "{{"));
    CHECK_FALSE(Contains(text, "}}"));
    CHECK_FALSE(tpl::HasMissingMarks(text));
    CHECK_FALSE(Contains(text, "[missing:"));
    CHECK_FALSE(Contains(text, "\n\n\n"));
    CHECK_FALSE(Contains(text, "&amp;"));
    CHECK_FALSE(Contains(text, "&#39;"));
    CHECK_FALSE(Contains(text, "  "));
    CHECK_FALSE(Contains(text, " ."));
    CHECK_FALSE(Contains(text, " ,"));
    CHECK_FALSE(Contains(text, " \n"));  // No line ends in a space...
    CHECK(text.back() != ' ');           // ...the last one included.
    CHECK_FALSE(Contains(text, ",."));
    CHECK(text.front() != '\n');
    CHECK(text.back() != '\n');
}

}  // namespace

TEST_CASE(
    "the template library holds exactly the twelve kinds, each with a warm, a formal and a brief variant") {
    const std::map<std::string, json> files = LoadFiles();
    REQUIRE(files.size() == kExpectedKinds.size());
    for (const ExpectedKind& expected : kExpectedKinds) {
        const std::string file = std::string(expected.Id) + ".json";
        INFO(file);
        REQUIRE(files.count(file) == 1);
        const json& doc = files.at(file);
        REQUIRE(doc.is_object());
        CHECK(doc.value("kind", "") == expected.Id);
        CHECK(!doc.value("title", "").empty());
        CHECK(!doc.value("description", "").empty());
        const std::string audience = doc.value("audience", "");
        CHECK((audience == "employer" || audience == "candidate"));
        CHECK(audience == expected.Audience);
        const std::string message_kind = doc.value("message_kind", "");
        CHECK(kMessageKinds.count(message_kind) == 1);
        CHECK(message_kind == expected.MessageKind);

        REQUIRE(doc.contains("variants"));
        const json& variants = doc["variants"];
        REQUIRE(variants.is_object());
        CHECK(variants.size() == kVariants.size());
        for (const std::string& name : kVariants) {
            INFO("variant " << name);
            REQUIRE(variants.contains(name));
            const json& v = variants[name];
            REQUIRE(v.is_object());
            REQUIRE(v.contains("subject"));
            REQUIRE(v["subject"].is_string());
            const std::string subject = v["subject"].get<std::string>();
            CHECK(!subject.empty());
            CHECK_FALSE(Contains(subject, "\n"));
            REQUIRE(v.contains("body"));
            REQUIRE(v["body"].is_array());
            CHECK(!v["body"].empty());
            bool any_text = false;
            for (const json& line : v["body"]) {
                REQUIRE(line.is_string());
                CHECK_FALSE(Contains(line.get<std::string>(), "\n"));
                if (!line.get<std::string>().empty()) any_text = true;
            }
            CHECK(any_text);
        }
    }
}

TEST_CASE("every subject and body parses, passes the strict check with complete data and renders it") {
    const std::vector<Variant> variants = LoadVariants();
    REQUIRE(variants.size() == kExpectedKinds.size() * kVariants.size());
    for (const Variant& v : variants) {
        INFO(v.Kind << "/" << v.Name);
        const json data = ForAudience(FullData(), v.Audience);
        for (const std::string* source : {&v.Subject, &v.Body}) {
            INFO((source == &v.Subject ? "subject" : "body"));
            const tpl::Template t = tpl::Template::Parse(*source);
            INFO(Describe(t.Problems()));
            REQUIRE(t.Ok());
            CHECK(t.Problems().empty());
            const std::vector<tpl::Problem> strict = tpl::StrictCheck(*source, data);
            INFO(Describe(strict));
            CHECK(strict.empty());
            const tpl::RenderResult plain = t.Render(data);  // Default options: plain text.
            CHECK(plain.Missing.empty());
            INFO(plain.Text);
            CheckReadsCleanly(plain.Text);
        }

        const std::string subject = tpl::Template::Parse(v.Subject).Render(data).Text;
        CHECK_FALSE(Contains(subject, "\n"));
        const std::string body = tpl::Template::Parse(v.Body).Render(data).Text;
        INFO(body);
        CHECK(Contains(body, data["candidate"]["preferred_name"].get<std::string>()));
        CHECK(Contains(body, data["sender"]["name"].get<std::string>()));
        CHECK(Contains(body, data["sender"]["email"].get<std::string>()));
        if (v.Audience == "candidate") CHECK(Contains(body, "Amara Okafor"));
        if (v.Kind == "rejection_feedback") {
            const std::string strength = data["notes"]["strengths"][0]["evidence"].get<std::string>();
            const std::string concern = data["notes"]["concerns"][0]["evidence"].get<std::string>();
            CHECK(Contains(body, strength));
            CHECK(Contains(body, concern));
            CHECK(body.find(strength) < body.find(concern));  // Strengths first.
        }
    }
}

TEST_CASE("without notes, and without an interview where one is not inherent, every template reads cleanly") {
    const std::vector<Variant> variants = LoadVariants();
    REQUIRE(!variants.empty());
    for (const Variant& v : variants) {
        INFO(v.Kind << "/" << v.Name);
        std::vector<std::pair<std::string, json>> cases = {
            {"notes absent", WithoutNotes(ForAudience(FullData(), v.Audience))},
            {"only required values", Bare(ForAudience(FullData(), v.Audience))},
        };
        if (kNeedInterview.count(v.Kind) == 0) {
            cases.push_back({"notes absent, no interview",
                             WithoutInterview(WithoutNotes(ForAudience(FullData(), v.Audience)))});
            cases.push_back({"only required values, no interview",
                             WithoutInterview(Bare(ForAudience(FullData(), v.Audience)))});
        }
        for (const auto& one : cases) {
            // Not a structured binding: clang 14 (em++) cannot capture one in INFO's lambda.
            const std::string& label = one.first;
            const json& data = one.second;
            INFO(label);
            const std::string subject = Render(v.Subject, data);
            INFO(subject);
            CheckReadsCleanly(subject);
            const std::string body = Render(v.Body, data);
            INFO(body);
            CheckReadsCleanly(body);
            CHECK(Contains(body, data["sender"]["email"].get<std::string>()));
            if (v.Audience == "employer") {
                CHECK(Contains(body, "Siobhán"));
                // Nothing from the notes may leak in when there are none.
                CHECK_FALSE(Contains(body, "Walked through why she chose"));
                CHECK_FALSE(Contains(body, "schema migration"));
            }
        }
    }
}

TEST_CASE("a missing required value shows as missing instead of disappearing") {
    const std::vector<Variant> variants = LoadVariants();
    for (const Variant& v : variants) {
        if (v.Kind != "status_update" && v.Kind != "delay_update" && v.Kind != "candidate_follow_up")
            continue;
        INFO(v.Kind << "/" << v.Name);
        json data = ForAudience(FullData(), v.Audience);
        data["reply_by"] = json::object();  // The user has not chosen the date yet.
        CHECK(tpl::HasMissingMarks(Render(v.Body, data)));
        CHECK(!tpl::StrictCheck(v.Body, data).empty());
    }
}
