#pragma once

#include <QLoggingCategory>

// The client library's logging category: "caseport.client".
Q_DECLARE_LOGGING_CATEGORY(lcClient)
