#pragma once

// Reads the [workflow] table (DESIGN §3, §8) for the config loader: the states with
// their labels, which one is closed and which one a case starts in, the transitions and
// who may make each, and how long a customer's post reopens a closed case. Problems go
// to the reader's sink as "file:line: message". Private to the server library.

#include "caseport/Workflow.h"

namespace caseport::server {

class TomlReader;

// Fills `flow` from the [workflow] table behind `r`. Without `states` the default
// workflow's states and transitions stay (so [workflow] may only set reopen_days); with
// `states`, `transitions` is required. The caller calls r.finish().
void readWorkflow(TomlReader& r, workflow::Workflow& flow);

} // namespace caseport::server
