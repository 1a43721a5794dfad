#include <doctest/doctest.h>

#include <initializer_list>

#include "imgui.h"
#include "web/ui/appearance.h"

namespace {
struct ContextFixture {
    ImGuiContext* Context = ImGui::CreateContext();
    ContextFixture() { ImGui::SetCurrentContext(Context); }
    ~ContextFixture() { ImGui::DestroyContext(Context); }
};

bool HasGlyph(ImFont* font, ImWchar c) {
    const ImFontGlyph* glyph = font->FindGlyphNoFallback(c);
    return glyph != nullptr && glyph->Codepoint == c;
}
}  // namespace

TEST_CASE("fonts are rasterised at the device pixel size, not scaled afterwards") {
    for (float scale : {1.0f, 2.0f}) {
        ContextFixture f;
        const ui::Fonts fonts = ui::BuildAppearance(scale);
        REQUIRE(fonts.Body != nullptr);
        CHECK(fonts.Body->FontSize == doctest::Approx(ui::kBaseFontPixels * scale));
        CHECK(fonts.Title->FontSize == doctest::Approx(1.5f * ui::kBaseFontPixels * scale));
        CHECK(ImGui::GetIO().FontGlobalScale == 1.0f);
        CHECK(ImGui::GetIO().Fonts->IsBuilt());
        // Padding is in ems: it grows with the font.
        CHECK(ImGui::GetStyle().FramePadding.x == doctest::Approx(0.5f * ui::kBaseFontPixels * scale));
    }
}

TEST_CASE("the UI font has the letters of names from many languages") {
    ContextFixture f;
    const ui::Fonts fonts = ui::BuildAppearance(1.0f);
    // Zoë Łukasz-Nuñez, Ștefan, Đặng, Ørsted, Ağaoğlu, Σοφία, Юлия, curly quotes and the euro.
    for (ImWchar c : {0x00EB, 0x0141, 0x00F1, 0x0218, 0x0110, 0x1EB7, 0x00D8, 0x011F, 0x03A3, 0x042E, 0x201C,
                      0x2019, 0x20AC, 0x2013}) {
        INFO("code point " << static_cast<int>(c));
        CHECK(HasGlyph(fonts.Body, c));
    }
}
