// The official Mustache conformance suite (github.com/mustache/spec), run as is from its JSON files
// in DEBRIEF_MUSTACHE_SPEC_DIR. Every required file must pass completely; the optional files this
// engine implements must pass too; the others are counted and reported only.
#include <doctest/doctest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/templates/mustache.h"

#if !defined(DEBRIEF_MUSTACHE_SPEC_DIR) || !defined(DEBRIEF_MUSTACHE_SPEC_REQUIRED)
#error "Define DEBRIEF_MUSTACHE_SPEC_DIR (the spec's *.json files) and DEBRIEF_MUSTACHE_SPEC_REQUIRED (its core test count)."
#endif

namespace mustache = debrief::templates;
using nlohmann::json;

namespace {

struct SpecFile {
    std::string Name;  // "comments", "~dynamic-names", ...
    bool Required;     // Part of the core spec.
    bool Implemented;  // Asserted: every test must pass.
};

const std::vector<SpecFile> kSpecFiles = {
    {"comments", true, true},        {"delimiters", true, true},     {"interpolation", true, true},
    {"inverted", true, true},        {"partials", true, true},       {"sections", true, true},
    {"~dynamic-names", false, true}, {"~inheritance", false, false},
};

struct Tally {
    int Passed = 0;
    int Total = 0;
};

std::string SpecPath(const std::string& name) { return std::string(DEBRIEF_MUSTACHE_SPEC_DIR) + "/" + name + ".json"; }

json ReadSpec(const std::string& name) {
    const std::string path = SpecPath(name);
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return json::parse(buffer.str());
}

Tally RunSpecFile(const SpecFile& file) {
    const json spec = ReadSpec(file.Name);
    Tally tally;
    for (const json& test : spec.at("tests")) {
        const std::string testName = test.at("name").get<std::string>();
        const std::string source = test.at("template").get<std::string>();
        const std::string expected = test.at("expected").get<std::string>();

        std::map<std::string, std::string, std::less<>> partials;
        if (test.contains("partials")) {
            for (const auto& [name, text] : test.at("partials").items())
                partials[name] = text.get<std::string>();
        }
        mustache::RenderOptions options;
        options.Escape = mustache::Escaping::Html;
        options.Partials = [&partials](std::string_view name) -> const std::string* {
            const auto found = partials.find(name);
            return found != partials.end() ? &found->second : nullptr;
        };

        const mustache::Template compiled = mustache::Template::Parse(source);
        std::string actual;
        std::string problems;
        for (const auto& p : compiled.Problems()) problems += mustache::Describe(p) + "\n";
        if (compiled.Ok()) actual = compiled.Render(test.at("data"), options).Text;

        const bool passed = compiled.Ok() && actual == expected;
        ++tally.Total;
        if (passed) ++tally.Passed;
        if (file.Implemented) {
            INFO("spec file: ", file.Name, ".json");
            INFO("test: ", testName);
            INFO("template: ", json(source).dump());
            INFO("expected: ", json(expected).dump());
            INFO("actual:   ", json(actual).dump());
            INFO("parse problems: ", problems);
            CHECK(passed);
        }
    }
    return tally;
}

}  // namespace

TEST_CASE("the official Mustache spec passes as is") {
    Tally required;
    std::string requiredDetail;
    std::string optionalDetail;
    for (const SpecFile& file : kSpecFiles) {
        std::string& detail = file.Required ? requiredDetail : optionalDetail;
        // Older copies of the suite (the npm package tests fall back to) have no optional files.
        if (!file.Required && !std::ifstream(SpecPath(file.Name)).good()) {
            if (!detail.empty()) detail += ", ";
            detail += file.Name + " (not in this copy of the suite)";
            continue;
        }
        const Tally tally = RunSpecFile(file);
        if (!detail.empty()) detail += ", ";
        detail += file.Name + " " + std::to_string(tally.Passed) + "/" + std::to_string(tally.Total);
        if (!file.Implemented) detail += " (not implemented, not asserted)";
        if (file.Required) {
            required.Passed += tally.Passed;
            required.Total += tally.Total;
        }
    }
    std::cout << "Mustache spec from " << DEBRIEF_MUSTACHE_SPEC_DIR << "\n"
              << "Mustache spec: " << required.Passed << "/" << required.Total << " required tests passed ("
              << requiredDetail << ")\n"
              << "Mustache spec, optional: " << optionalDetail << "\n"
              << "Mustache spec, optional: ~lambdas skipped (the data is JSON, which holds no code)\n";
    CHECK(required.Total == DEBRIEF_MUSTACHE_SPEC_REQUIRED);  // The whole suite was read, not part of it.
}
