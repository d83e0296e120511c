#include "Logging.h"

Q_LOGGING_CATEGORY(lcClient, "caseport.client", QtInfoMsg)
