// An error as a value: what went wrong, in words a user can act on, and a kind callers can branch
// on.
#pragma once

#include <expected>
#include <QString>

namespace aftercare::core {

class Error
{
public:
    enum class Kind
    {
        Other,         // anything else (I/O, unexpected library failure)
        Usage,         // the caller asked for something malformed
        WrongSecret,   // passphrase or recovery code does not unlock the journal
        InvalidInput,  // a value or file the user supplied is not acceptable
        InUse,         // another process holds the journal
        Damaged,       // the journal or its key file cannot be read as expected
        NotFound,      // the journal, entry or file does not exist
        AlreadyExists, // refusing to overwrite something
    };

    Error() = default;
    Error(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

    // The exit code the command-line tool uses for this kind of error.
    int exitCode() const;

private:
    Kind m_kind = Kind::Other;
    QString m_message;
};

template <typename T> using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Kind kind, QString message)
{
    return std::unexpected<Error>(Error(kind, std::move(message)));
}

} // namespace aftercare::core
