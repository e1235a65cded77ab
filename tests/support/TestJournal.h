// A fresh journal in a temporary folder for one test, made with the cheap Argon2id profile.
#pragma once

#include <QTemporaryDir>
#include <QString>

namespace aftercare::test {

inline const char* const kPassphrase = "correct horse battery staple";

class TestJournal
{
public:
    TestJournal();
    QString dir() const { return m_tmp.path() + QStringLiteral("/journal"); }
    QString root() const { return m_tmp.path(); }
    bool isValid() const { return m_tmp.isValid(); }

private:
    QTemporaryDir m_tmp;
};

} // namespace aftercare::test
