#pragma once

// Reads case forms (DESIGN §3 "forms") for the config loader: [[products.fields]] and
// [[products.rules]], and the same inside [[products.categories]]. Problems go to the
// reader's sink as "file:line: message". Private to the server library.
//
//   [[products.fields]]
//   id = "urgency"                      # the key in the case's fields
//   type = "choice"                     # text multiline number date choice multichoice checkbox object
//   label = { en = "Urgency", da = "Hastighed" }
//   help = { en = "…" }                 # optional
//   required = false                    # optional
//   choices = [ { id = "normal", label = { en = "Normal" } }, … ]  # choice, multichoice
//   min = 0                             # number only, optional
//   max = 100
//
//   [[products.rules]]
//   action = "show"                     # show, require, require_attachment
//   field = "payslip"                   # the field shown or required (not for require_attachment)
//   when = { field = "urgency", equals = "payslip_wrong" }   # or in = ["a", "b"]
//   when = { category = "decisions" }                        # or category = ["a", "b"]
//   # no when: always (inside a category: whenever that category is chosen)

#include "caseport/Catalog.h"

namespace caseport::server {

class TomlReader;

// Appends the [[fields]] behind `r` to form.fields; ids are unique within one table (a
// category's field may take its product's field's id, and then replaces it).
void readFormFields(TomlReader& r, Form& form);

// Appends the [[rules]] behind `r` to form.rules. Each must name a field of `fields`
// (the form the rules act on: the product's, or the category's merged with it) and,
// in a condition, such a field and its values, or categories of `categories`.
void readFormRules(TomlReader& r, const Form& fields, const std::vector<Category>& categories,
                   Form& form);

} // namespace caseport::server
