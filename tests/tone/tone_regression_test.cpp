// Cases found by fuzzing and review of the tone checker, kept so they stay fixed.
#include <doctest/doctest.h>

#include <string>

#include "core/tone/checker.h"

namespace tone = debrief::tone;

namespace {

bool Has(const tone::Report& r, tone::Category c) {
    for (const tone::Finding& f : r.Findings)
        if (f.Of == c) return true;
    return false;
}

}  // namespace

TEST_CASE("a pattern with many optional parts is refused rather than matched slowly") {
    std::string phrase;
    for (int i = 0; i < 30; ++i) phrase += "a? ";
    phrase += "b";
    tone::Pattern p;
    std::string error;
    CHECK_FALSE(tone::CompilePattern(phrase, p, error));
    CHECK(error.find("too long") != std::string::npos);
    debrief::Problems problems;
    const tone::Checker own = tone::Checker::BuiltIn().WithOwnPhrases({{phrase, tone::Category::Vague, ""}}, &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Path == "own[0]");
    std::string text = "Hi Sam,\n\n";
    for (int i = 0; i < 200; ++i) text += "a ";
    text += "\n\nBest,\nJo";
    const tone::Report r = own.Check(text, tone::Kind::StatusUpdate);
    CHECK(r.Error.empty());
}

TEST_CASE("a rule's sentence guard is looked for once per sentence, with the same result") {
    // A long unpunctuated sentence that repeats a guarded phrase: every match is reported.
    std::string text = "Hi Sam,\n\n";
    for (int i = 0; i < 300; ++i) text += "we will keep your cv on file ";
    text += "\n\nBest,\nJo";
    const tone::Report r = tone::Checker::BuiltIn().Check(text, tone::Kind::KeepInTouch);
    int overpromises = 0;
    for (const tone::Finding& f : r.Findings) overpromises += f.Of == tone::Category::Overpromise ? 1 : 0;
    CHECK(overpromises == 300);
    // With consent asked in the same sentence, none is.
    const tone::Report asked = tone::Checker::BuiltIn().Check(
        "Hi Sam,\n\nWith your permission we will keep your CV on file for six months.\n\nBest,\nJo", tone::Kind::KeepInTouch);
    CHECK_FALSE(Has(asked, tone::Category::Overpromise));
}

TEST_CASE("an ignore with empty text hides only whole-message findings, not '!!!'") {
    const std::string text = "Hi Sam,\n\nGreat news!!! See you Monday.\n\nBest,\nJo";
    tone::Options options;
    options.Ignore.push_back({tone::Category::Shouting, ""});
    CHECK(Has(tone::Checker::BuiltIn().Check(text, tone::Kind::StatusUpdate, options), tone::Category::Shouting));
    options.Ignore = {{tone::Category::Shouting, "!!!"}};
    CHECK_FALSE(Has(tone::Checker::BuiltIn().Check(text, tone::Kind::StatusUpdate, options), tone::Category::Shouting));
}

TEST_CASE("a title with a full stop does not end the greeting") {
    const tone::Report r =
        tone::Checker::BuiltIn().Check("Dear Dr. O'Brien,\n\nThanks for Tuesday.\n\nBest,\nSam", tone::Kind::StatusUpdate);
    CHECK_FALSE(Has(r, tone::Category::MissingName));
}

TEST_CASE("a passive decision after a clause naming the team is still flagged") {
    const tone::Report r = tone::Checker::BuiltIn().Check(
        "Hi Sam,\n\nAfter talking it over with the team, it has been decided not to go ahead.\n\nBest,\nJo",
        tone::Kind::Rejection);
    CHECK(Has(r, tone::Category::PassiveDecision));
    const tone::Report active = tone::Checker::BuiltIn().Check(
        "Hi Sam,\n\nThe team and I have talked it over and we have decided not to go ahead.\n\nBest,\nJo",
        tone::Kind::Rejection);
    CHECK_FALSE(Has(active, tone::Category::PassiveDecision));
}

TEST_CASE("review findings: past dates, 'etc.', '?!', pointing to a call, present tense for the future") {
    const tone::Checker& c = tone::Checker::BuiltIn();
    // A date in a sentence about the past is no timeline.
    CHECK(Has(c.Check("Hi Maya,\n\nThanks for coming in on Tuesday.\n\nKind regards,\nSam", tone::Kind::DelayUpdate),
              tone::Category::MissingTimeline));
    // "The panel meets on Friday" looks ahead.
    CHECK_FALSE(Has(c.Check("Hi Maya,\n\nThe panel meets on Friday.\n\nBest,\nSam", tone::Kind::StatusUpdate),
                    tone::Category::MissingTimeline));
    // One "!" after a question mark is not shouting; two are.
    CHECK_FALSE(Has(c.Check("Hi Maya,\n\nReally?! We will reply on Friday.\n\nBest,\nSam", tone::Kind::StatusUpdate),
                    tone::Category::Shouting));
    CHECK(Has(c.Check("Hi Maya,\n\nReally?!! We will reply on Friday.\n\nBest,\nSam", tone::Kind::StatusUpdate),
              tone::Category::Shouting));
    // Pointing to a phone call is not pointing to an ignored email.
    CHECK_FALSE(Has(c.Check("Hi Maya,\n\nAs I mentioned on the phone, we will reply on Friday.\n\nBest,\nSam",
                            tone::Kind::StatusUpdate),
                    tone::Category::PassiveAggressive));
    // "etc." followed by lower case does not end the sentence: one sentence, not two.
    const tone::Report etc = c.Check("Hi Maya,\n\nBring pens, paper etc. and a calculator.\n\nBest,\nSam", tone::Kind::StatusUpdate);
    CHECK(etc.Reading.Sentences == 1);
}
