// Fisher's exact test for a 2×2 table of counts: how likely a split at least as uneven as the one
// seen would be if the two rows did not differ, with every margin held fixed. Used by Factors
// (docs/FINDINGS.md explains why exact log-factorials through std::lgamma and not a library).
#pragma once

namespace aftercare::core::FisherExact {

// The two-sided p-value of the table
//
//               yes   no
//     row 1      a     b
//     row 2      c     d
//
// that is, the sum of the hypergeometric probabilities of every table with the same margins
// that is no more likely than this one (the usual definition, as in R's fisher.test). Counts
// must be 0 or more; a table with an empty row or column gives 1.
double twoSidedP(int a, int b, int c, int d);

} // namespace aftercare::core::FisherExact
