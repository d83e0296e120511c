#pragma once

// The member-administration records as Qt meta-types, so they travel in queued signals,
// QVariant and QSignalSpy.

#include "caseport/Members.h"

#include <QMetaType>

Q_DECLARE_METATYPE(caseport::MemberList)
Q_DECLARE_METATYPE(caseport::AccountMember)
Q_DECLARE_METATYPE(caseport::AccessAudit)
