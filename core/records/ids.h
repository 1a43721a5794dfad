// Random record ids: 128 bits from the platform's cryptographic source, as 32 hex digits.
// Random rather than sequential so two tabs, two devices or an imported backup never mint the
// same id.
#pragma once

#include "core/records/model.h"

namespace debrief {

RecordId NewRecordId();
bool IsValidRecordId(std::string_view id);  // 32 lowercase hex digits.

}  // namespace debrief
