#include "core/build_info.h"

namespace debrief {

std::string DescribeBuild(const BuildInfo& b) {
    std::string text(b.Version);
    text += " (build ";
    text += b.Id;
    text += ")";
    return text;
}

}  // namespace debrief
