import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { addEvent, removeEvent } from './events'
import { addIdentity, removeIdentity } from './identities'
import { registerSubjectImportRoute } from './import-routes'
import { subjectActions, subjectIndexPermissions, subjectPermissions } from './policy'
import { addRelationship, changeRelationship, removeRelationship } from './relationships'
import {
  createSubjectBody,
  eventInput,
  eventParams,
  eventSchema,
  identityInput,
  identityParams,
  identitySchema,
  listQuery,
  relationshipInput,
  relationshipParams,
  relationshipSchema,
  relationshipUpdate,
  subjectPage,
  subjectParams,
  subjectSchema,
  updateSubjectBody,
} from './schemas'
import { createSubject, eraseSubject, getSubject, listSubjectsPage, updateSubject } from './service'

const BASE = '/api/v1/orgs/:slug/subjects'

/** The subject index: data subjects known to the organisation, their identities, relationships and events. */
export function registerSubjectRoutes(app: App, ctx: AppContext) {
  app.get(
    BASE,
    {
      schema: {
        tags: tags.subjects,
        summary:
          'Data subjects, newest first. q finds by e-mail, phone (any format), national register number (with or ' +
          'without punctuation), customer or file number (exact, through the blind index) or name prefix',
        params: slugParams,
        querystring: listQuery,
        response: { 200: subjectPage },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, subjectActions.read)
      const page = await listSubjectsPage(ctx, organization, request.query)
      const can = subjectPermissions(grant)
      return {
        ...page,
        items: page.items.map((item) => ({ ...item, can })),
        can: subjectIndexPermissions(grant),
      }
    },
  )

  app.post(
    BASE,
    {
      config: { keepsOrganization: true, idempotent: true },
      schema: {
        tags: tags.subjects,
        summary: 'Add a data subject with identities, relationships and lifecycle events',
        params: slugParams,
        body: createSubjectBody,
        response: { 201: subjectSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.create)
      const subject = await createSubject(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send({ ...subject, can: subjectPermissions(access.grant) })
    },
  )

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags: tags.subjects,
        summary: 'One data subject (national register numbers masked)',
        params: subjectParams,
        response: { 200: subjectSchema },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, subjectActions.read)
      const subject = await getSubject(ctx, organization, request.params.id)
      return { ...subject, can: subjectPermissions(grant) }
    },
  )

  app.patch(
    `${BASE}/:id`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Change the name or preferred language of a data subject',
        params: subjectParams,
        body: updateSubjectBody,
        response: { 200: subjectSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const subject = await updateSubject(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
      )
      return { ...subject, can: subjectPermissions(access.grant) }
    },
  )

  app.delete(
    `${BASE}/:id`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Erase a data subject from the index (identities, relationships and events with it)',
        params: subjectParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.delete)
      await eraseSubject(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    `${BASE}/:id/identities`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Add an identity (e-mail, phone, national register number, customer or file number)',
        params: subjectParams,
        body: identityInput,
        response: { 201: identitySchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const identity = await addIdentity(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
      )
      return reply.code(201).send(identity)
    },
  )

  app.delete(
    `${BASE}/:id/identities/:identityId`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Remove an identity',
        params: identityParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const { id, identityId } = request.params
      await removeIdentity(ctx, access.actor, access.organization, id, identityId)
      return reply.code(204).send(null)
    },
  )

  app.post(
    `${BASE}/:id/relationships`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Add a relationship (client, debtor, prospect, applicant, employee...) with its dates',
        params: subjectParams,
        body: relationshipInput,
        response: { 201: relationshipSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const relationship = await addRelationship(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
      )
      return reply.code(201).send(relationship)
    },
  )

  app.patch(
    `${BASE}/:id/relationships/:relationshipId`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Change the dates or note of a relationship (e.g. record its end)',
        params: relationshipParams,
        body: relationshipUpdate,
        response: { 200: relationshipSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const { id, relationshipId } = request.params
      return changeRelationship(ctx, access.actor, access.organization, id, relationshipId, request.body)
    },
  )

  app.delete(
    `${BASE}/:id/relationships/:relationshipId`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Remove a relationship recorded by mistake',
        params: relationshipParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const { id, relationshipId } = request.params
      await removeRelationship(ctx, access.actor, access.organization, id, relationshipId)
      return reply.code(204).send(null)
    },
  )

  app.post(
    `${BASE}/:id/events`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Record a lifecycle event (contract start/end, last contact, dispute opened/closed...)',
        params: subjectParams,
        body: eventInput,
        response: { 201: eventSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const event = await addEvent(ctx, access.actor, access.organization, request.params.id, request.body)
      return reply.code(201).send(event)
    },
  )

  app.delete(
    `${BASE}/:id/events/:eventId`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary: 'Remove a lifecycle event recorded by mistake',
        params: eventParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.update)
      const { id, eventId } = request.params
      await removeEvent(ctx, access.actor, access.organization, id, eventId)
      return reply.code(204).send(null)
    },
  )

  registerSubjectImportRoute(app, ctx)
}
