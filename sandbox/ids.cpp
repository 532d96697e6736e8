#include "ids.h"

#include <QRandomGenerator>

namespace bc::sandbox {

namespace {
constexpr char base32[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr char hex[] = "0123456789abcdef";
} // namespace

Ids::Ids(std::uint64_t seed)
    : m_rng(seed)
{ }

Ids::Ids()
    : m_rng(QRandomGenerator::system()->generate64())
{ }

QString Ids::pick(const char *alphabet, int alphabetSize, int length)
{
    std::uniform_int_distribution<int> index(0, alphabetSize - 1);
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i) {
        result += QLatin1Char(alphabet[index(m_rng)]);
    }
    return result;
}

QString Ids::backupId()
{
    return pick(base32, 32, 26);
}

QString Ids::activityId()
{
    return pick(base32, 32, 26);
}

QString Ids::commitId()
{
    return pick(hex, 16, 40);
}

QString Ids::uuid()
{
    const QString h = pick(hex, 16, 32);
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QStringLiteral("-4") + h.mid(13, 3)
        + QLatin1Char('-') + h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}

int Ids::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_rng);
}

double Ids::unit()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
}

} // namespace bc::sandbox
