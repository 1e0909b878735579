// The GraphQL operations of Plantillas de avisos: the templates in force, a template's versions, the
// preview with sample values and the publication of a new version (ADMIN).
import { graphql } from '../../graphql/generated';

export const NOTICE_TEMPLATES = graphql(`
  query NoticeTemplates {
    noticeTemplates {
      key
      label
      version
      subject
      body
      publishedAt
      publishedBy {
        username
        fullName
      }
      placeholders {
        name
        description
        example
        required
      }
    }
  }
`);

export const NOTICE_TEMPLATE_VERSIONS = graphql(`
  query NoticeTemplateVersions($key: NoticeTemplateKey!) {
    noticeTemplateVersions(key: $key) {
      key
      version
      subject
      body
      publishedAt
      publishedBy {
        username
        fullName
      }
    }
  }
`);

export const NOTICE_TEMPLATE_PREVIEW = graphql(`
  query NoticeTemplatePreview($key: NoticeTemplateKey!, $subject: String!, $body: String!) {
    noticeTemplatePreview(key: $key, subject: $subject, body: $body) {
      subject
      text
    }
  }
`);

export const PUBLISH_NOTICE_TEMPLATE = graphql(`
  mutation PublishNoticeTemplate($key: NoticeTemplateKey!, $subject: String!, $body: String!) {
    publishNoticeTemplate(key: $key, subject: $subject, body: $body) {
      key
      version
    }
  }
`);
