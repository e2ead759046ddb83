import defaultTemplateJson from './defaultTemplate.json';
import { templateSchema, type Template } from './templateSchema';

/** The template of template.md, parsed (and so checked) by the same schema as a user's. */
export const defaultTemplate: Template = templateSchema.parse(defaultTemplateJson);

/** Keys of the default template, derived from the JSON document itself. */
export type DefaultFieldKey = (typeof defaultTemplateJson)['fields'][number]['key'];
