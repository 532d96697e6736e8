#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace bc {

// The `_links` of an API object: relation → href, as the server sent it. Hrefs may name a regional
// host; ApiClient keeps only their path and query and resolves them against the configured API
// base.
class Links final
{
public:
    bool has(const QString &rel) const { return m_hrefs.contains(rel); }
    QString href(const QString &rel) const { return m_hrefs.value(rel); }
    void insert(const QString &rel, const QString &href) { m_hrefs.insert(rel, href); }
    QStringList rels() const { return m_hrefs.keys(); }
    bool isEmpty() const { return m_hrefs.isEmpty(); }

    friend bool operator==(const Links &, const Links &) = default;

private:
    QHash<QString, QString> m_hrefs;
};

} // namespace bc
