// Areas whose features are still to come: they state what they will hold and nothing else, so
// no one mistakes a placeholder for real data.
#include "web/views/views.h"

namespace views {

void DrawWorkshop(app::AppState&) { DrawAreaHeader(app::Area::Workshop); }

}  // namespace views
