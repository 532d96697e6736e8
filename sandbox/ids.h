#pragma once

#include <QString>

#include <random>

namespace bc::sandbox {

// Identifiers in the shapes of the real service. The seed passes its own generator so the demo
// data is the same on every run; the running server uses a random one.
class Ids final
{
public:
    explicit Ids(std::uint64_t seed);
    Ids();

    QString backupId(); // 26 lowercase base32 characters
    QString activityId(); // same shape as backup ids
    QString commitId(); // 40 hex digits
    QString uuid();
    int between(int low, int high); // inclusive
    double unit(); // [0, 1)

private:
    QString pick(const char *alphabet, int alphabetSize, int length);

    std::mt19937_64 m_rng;
};

} // namespace bc::sandbox
