// The safety plan as a printable document: every section on one page, meant for a wallet or a
// fridge, for the printer and for a PDF of its own.
#pragma once

#include "core/Error.h"
#include "core/model/SafetyPlan.h"

#include <memory>
#include <QByteArray>

class QTextDocument;

namespace aftercare::ui::SafetyPlanDocument {

// The plan laid out for an A4 or Letter page; empty sections keep a few blank lines to write on.
std::unique_ptr<QTextDocument> build(const core::SafetyPlan& plan);
// The same as the bytes of a one-page PDF.
core::Result<QByteArray> pdf(const core::SafetyPlan& plan);

} // namespace aftercare::ui::SafetyPlanDocument
