#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace wattprint {

// A text column as small ids into a list of names, in first-seen order: how RunLoader turns a
// store's texts into RunColumns, and how an import keeps the runs it inserts for the model's fit,
// so that both give the same ids. The last text is tried first: runs of one job come together.
class TextIds
{
public:
    explicit TextIds(QStringList *names)
        : m_names(names)
    {}

    // -1 for no text (NULL).
    std::int32_t idOf(std::optional<QByteArrayView> text)
    {
        if (!text)
            return -1;
        if (m_lastId >= 0 && QByteArrayView(m_last) == *text)
            return m_lastId;
        m_last = text->toByteArray();
        const auto it = m_ids.constFind(m_last);
        if (it != m_ids.cend()) {
            m_lastId = *it;
        } else {
            m_lastId = std::int32_t(m_names->size());
            m_names->append(QString::fromUtf8(*text));
            m_ids.insert(m_last, m_lastId);
        }
        return m_lastId;
    }

private:
    QStringList *m_names;
    QHash<QByteArray, std::int32_t> m_ids;
    QByteArray m_last;
    std::int32_t m_lastId = -1;
};

} // namespace wattprint
