#include "core/analysis/FisherExact.h"

#include <algorithm>
#include <cmath>

namespace aftercare::core::FisherExact {

namespace {

double logFactorial(int n)
{
    return std::lgamma(double(n) + 1.0);
}

} // namespace

double twoSidedP(int a, int b, int c, int d)
{
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return 1.0;
    const int row1 = a + b;
    const int row2 = c + d;
    const int col1 = a + c;
    const int col2 = b + d;
    const int n = row1 + row2;
    if (row1 == 0 || row2 == 0 || col1 == 0 || col2 == 0)
        return 1.0;
    // log P(x) for the table whose top-left cell is x: the margins' factorials, over n! and the
    // four cells' factorials. The margins' part is the same for every x.
    const double margins = logFactorial(row1) + logFactorial(row2) + logFactorial(col1) +
                           logFactorial(col2) - logFactorial(n);
    const auto logP = [&](int x) {
        return margins - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) -
               logFactorial(row2 - col1 + x);
    };
    const double observed = logP(a);
    // Tables as likely as the observed one, up to rounding, count as "no more likely" (R uses
    // the same relative tolerance), so a symmetric table's mirror image is never lost.
    const double limit = observed + std::log1p(1e-7);
    double p = 0.0;
    for (int x = std::max(0, col1 - row2); x <= std::min(row1, col1); ++x) {
        if (const double lp = logP(x); lp <= limit)
            p += std::exp(lp);
    }
    return std::min(p, 1.0);
}

} // namespace aftercare::core::FisherExact
