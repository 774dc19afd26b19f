-- vhub-fresh-database: {"major": 18, "extensions": []}
-- Written by `manage.py fresh_database_snapshot` (project/fresh_database.py)
--
-- PostgreSQL database dump
--


-- Dumped from database version 18.3
-- Dumped by pg_dump version 18.3

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: _pgh_attach_context(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public._pgh_attach_context() RETURNS uuid
    LANGUAGE plpgsql
    AS $$
                    DECLARE
                        _pgh_context_id UUID;
                        _pgh_context_metadata JSONB;
                    BEGIN
                        BEGIN
                            SELECT INTO _pgh_context_id
                                CURRENT_SETTING('pghistory.context_id');
                            SELECT INTO _pgh_context_metadata
                                CURRENT_SETTING('pghistory.context_metadata');
                            EXCEPTION WHEN OTHERS THEN
                        END;
                        IF _pgh_context_id IS NOT NULL AND _pgh_context_metadata IS NOT NULL THEN
                            INSERT INTO pghistory_context (id, metadata, created_at, updated_at)
                                VALUES (_pgh_context_id, _pgh_context_metadata, NOW(), NOW())
                                ON CONFLICT (id) DO UPDATE
                                    SET metadata = EXCLUDED.metadata,
                                        updated_at = EXCLUDED.updated_at
                                    WHERE pghistory_context.metadata != EXCLUDED.metadata;
                            RETURN _pgh_context_id;
                        ELSE
                            RETURN NULL;
                        END IF;
                    END;
                $$;


--
-- Name: _pgtrigger_should_ignore(name); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public._pgtrigger_should_ignore(trigger_name name) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
                DECLARE
                    _pgtrigger_ignore TEXT[];
                    _result BOOLEAN;
                BEGIN
                    BEGIN
                        SELECT INTO _pgtrigger_ignore
                            CURRENT_SETTING('pgtrigger.ignore');
                        EXCEPTION WHEN OTHERS THEN
                    END;
                    IF _pgtrigger_ignore IS NOT NULL THEN
                        SELECT trigger_name = ANY(_pgtrigger_ignore)
                        INTO _result;
                        RETURN _result;
                    ELSE
                        RETURN FALSE;
                    END IF;
                END;
            $$;


--
-- Name: audit_chain_head(bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_chain_head(lock_key bigint) RETURNS character varying
    LANGUAGE plpgsql
    AS $$
DECLARE
    head varchar;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    SELECT hash INTO head FROM audit_auditevent ORDER BY id DESC LIMIT 1;
    RETURN head;
END
$$;


--
-- Name: pgtrigger_append_only_02244(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_02244() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_065c9(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_065c9() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_094ac(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_094ac() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_2b27c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_2b27c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_51f03(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_51f03() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_5bd2a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_5bd2a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_6afab(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_6afab() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_7df6d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_7df6d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_8394d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_8394d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_b98ad(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_b98ad() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_cd447(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_cd447() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_d0304(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_d0304() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_e79c9(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_e79c9() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_f3a92(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_f3a92() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_append_only_ff28c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_append_only_ff28c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_assessment_counts_delete_3461c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_assessment_counts_delete_3461c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM old_rows UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM old_rows)) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM old_rows UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM old_rows)) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_assessment_counts_insert_638b9(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_assessment_counts_insert_638b9() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM new_rows UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM new_rows)) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM new_rows UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM new_rows)) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_assessment_counts_update_2c4a0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_assessment_counts_update_2c4a0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS n UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS n) UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS o UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS o)) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS n UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS n) UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS o UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS o)) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_assessment_unassessed_delete_69156(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_assessment_unassessed_delete_69156() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    UPDATE referrals_referral r SET unassessed_children_count = c.n
    FROM (
        SELECT t.id, (
            SELECT COUNT(*) FROM referrals_referralsubject s
            WHERE s.referral_id = t.id AND s.role = 'child'
              AND NOT EXISTS (SELECT 1 FROM risk_childriskassessment a WHERE a.subject_id = s.id)
        ) AS n
        FROM (SELECT referral_id FROM old_rows UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM old_rows)) AS t(id)
        WHERE t.id IS NOT NULL
    ) AS c
    WHERE r.id = c.id AND r.unassessed_children_count <> c.n;
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_assessment_unassessed_insert_d9272(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_assessment_unassessed_insert_d9272() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    UPDATE referrals_referral r SET unassessed_children_count = c.n
    FROM (
        SELECT t.id, (
            SELECT COUNT(*) FROM referrals_referralsubject s
            WHERE s.referral_id = t.id AND s.role = 'child'
              AND NOT EXISTS (SELECT 1 FROM risk_childriskassessment a WHERE a.subject_id = s.id)
        ) AS n
        FROM (SELECT referral_id FROM new_rows UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM new_rows)) AS t(id)
        WHERE t.id IS NOT NULL
    ) AS c
    WHERE r.id = c.id AND r.unassessed_children_count <> c.n;
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_assessment_unassessed_update_cafef(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_assessment_unassessed_update_cafef() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    UPDATE referrals_referral r SET unassessed_children_count = c.n
    FROM (
        SELECT t.id, (
            SELECT COUNT(*) FROM referrals_referralsubject s
            WHERE s.referral_id = t.id AND s.role = 'child'
              AND NOT EXISTS (SELECT 1 FROM risk_childriskassessment a WHERE a.subject_id = s.id)
        ) AS n
        FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS n UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS n) UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS o UNION SELECT s.referral_id FROM referrals_referralsubject s WHERE s.id IN (SELECT subject_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.subject_id) IS DISTINCT FROM (o.referral_id, o.subject_id)) AS o)) AS t(id)
        WHERE t.id IS NOT NULL
    ) AS c
    WHERE r.id = c.id AND r.unassessed_children_count <> c.n;
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_audit_append_only_f6eda(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_audit_append_only_f6eda() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_audit_no_truncate_50e0d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_audit_no_truncate_50e0d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot truncate the % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_checkpoint_append_only_8d289(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_checkpoint_append_only_8d289() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_checkpoint_no_truncate_be600(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_checkpoint_no_truncate_be600() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'pgtrigger: Cannot truncate the % table', TG_TABLE_NAME;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_1a404(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_1a404() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_1b7cf(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_1b7cf() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_2f20f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_2f20f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_2f390(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_2f390() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_39ab3(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_39ab3() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_3aed8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_3aed8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_3f0b5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_3f0b5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_535e5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_535e5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_58f5e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_58f5e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_69b95(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_69b95() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_6e2e3(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_6e2e3() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_6e3b7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_6e3b7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_75bab(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_75bab() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_configuration_changed_f3d26(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_configuration_changed_f3d26() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO vhub_configurationversion (id, number) VALUES (1, nextval('configuration_version_seq')) ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_0184b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_0184b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_slapolicyversionevent" ("created_at", "created_by_id", "id", "note", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (OLD."created_at", OLD."created_by_id", OLD."id", OLD."note", OLD."number", _pgh_attach_context(), NOW(), 'delete', OLD."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_0ebd5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_0ebd5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_riskfactorevent" ("code", "display_order", "forces_high", "group", "guidance", "id", "label", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "version_id", "weight") VALUES (OLD."code", OLD."display_order", OLD."forces_high", OLD."group", OLD."guidance", OLD."id", OLD."label", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."version_id", OLD."weight"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_15708(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_15708() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_matchthresholdsevent" ("address_similarity", "id", "name_similarity", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "probable_address_similarity", "probable_name_similarity") VALUES (OLD."address_similarity", OLD."id", OLD."name_similarity", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."probable_address_similarity", OLD."probable_name_similarity"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_23e1a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_23e1a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_closuredayevent" ("day", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason") VALUES (OLD."day", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."reason"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_4714c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_4714c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_daquestionevent" ("code", "display_order", "high_on_its_own", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "version_id") VALUES (OLD."code", OLD."display_order", OLD."high_on_its_own", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."text", OLD."version_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_551be(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_551be() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_referralsubjectevent" ("expected_date", "gp", "id", "lives_at_address", "parental_responsibility", "parents_aware", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "probable_long", "probable_short", "referral_id", "repeat_long", "repeat_short", "role", "school", "voice_not_captured_reason", "voice_of_child", "was_injured", "was_present", "witnessed") VALUES (OLD."expected_date", OLD."gp", OLD."id", OLD."lives_at_address", OLD."parental_responsibility", OLD."parents_aware", OLD."person_id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."probable_long", OLD."probable_short", OLD."referral_id", OLD."repeat_long", OLD."repeat_short", OLD."role", OLD."school", OLD."voice_not_captured_reason", OLD."voice_of_child", OLD."was_injured", OLD."was_present", OLD."witnessed"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_5522e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_5522e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_forcehighcombinationevent" ("factor_codes", "id", "label", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "version_id") VALUES (OLD."factor_codes", OLD."id", OLD."label", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."version_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_87f38(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_87f38() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_supervisordecisionevent" ("assessment_id", "assessment_version", "decided_at", "decision", "from_grade", "grade", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "rationale", "supervisor_id") VALUES (OLD."assessment_id", OLD."assessment_version", OLD."decided_at", OLD."decision", OLD."from_grade", OLD."grade", OLD."id", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."rationale", OLD."supervisor_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_9cb31(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_9cb31() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_slatargetevent" ("calendar", "grade", "id", "kind", "minutes", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "policy_id") VALUES (OLD."calendar", OLD."grade", OLD."id", OLD."kind", OLD."minutes", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."policy_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_a45e2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_a45e2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_riskmodelversionevent" ("created_at", "created_by_id", "da_high_min", "da_medium_min", "high_threshold", "id", "medium_threshold", "note", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "repeat_long_count", "repeat_long_days", "repeat_short_count", "repeat_short_days", "supervision_sample_percent") VALUES (OLD."created_at", OLD."created_by_id", OLD."da_high_min", OLD."da_medium_min", OLD."high_threshold", OLD."id", OLD."medium_threshold", OLD."note", OLD."number", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."repeat_long_count", OLD."repeat_long_days", OLD."repeat_short_count", OLD."repeat_short_days", OLD."supervision_sample_percent"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_delete_delete_f1a2b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_delete_delete_f1a2b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_lexicontermevent" ("added_at", "added_by_id", "id", "is_active", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "term", "variants") VALUES (OLD."added_at", OLD."added_by_id", OLD."id", OLD."is_active", _pgh_attach_context(), NOW(), 'delete', OLD."id", OLD."term", OLD."variants"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_0a48e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_0a48e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_casenoteevent" ("author_id", "corrects_id", "created_at", "edited_at", "id", "kind_id", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "referral_id", "text") VALUES (NEW."author_id", NEW."corrects_id", NEW."created_at", NEW."edited_at", NEW."id", NEW."kind_id", NEW."person_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."referral_id", NEW."text"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_20cfa(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_20cfa() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "partners_shareevent" ("acknowledged_at", "acknowledged_by_id", "agency_id", "authorisation_note", "authorised_at", "authorised_by_id", "created_at", "created_by_id", "id", "justification", "lawful_basis", "pack_file", "pack_rendered_at", "pack_sha256", "pack_template", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "purpose", "redacted_fields", "referral_id", "status", "superseded_at", "superseded_by_id", "version", "withdrawn_at") VALUES (NEW."acknowledged_at", NEW."acknowledged_by_id", NEW."agency_id", NEW."authorisation_note", NEW."authorised_at", NEW."authorised_by_id", NEW."created_at", NEW."created_by_id", NEW."id", NEW."justification", NEW."lawful_basis", NEW."pack_file", NEW."pack_rendered_at", NEW."pack_sha256", NEW."pack_template", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."purpose", NEW."redacted_fields", NEW."referral_id", NEW."status", NEW."superseded_at", NEW."superseded_by_id", NEW."version", NEW."withdrawn_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_329fb(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_329fb() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_matchthresholdsevent" ("address_similarity", "id", "name_similarity", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "probable_address_similarity", "probable_name_similarity") VALUES (NEW."address_similarity", NEW."id", NEW."name_similarity", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."probable_address_similarity", NEW."probable_name_similarity"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_7ab5c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_7ab5c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_slapolicyversionevent" ("created_at", "created_by_id", "id", "note", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."created_by_id", NEW."id", NEW."note", NEW."number", _pgh_attach_context(), NOW(), 'insert', NEW."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_9011c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_9011c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_supervisordecisionevent" ("assessment_id", "assessment_version", "decided_at", "decision", "from_grade", "grade", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "rationale", "supervisor_id") VALUES (NEW."assessment_id", NEW."assessment_version", NEW."decided_at", NEW."decision", NEW."from_grade", NEW."grade", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."rationale", NEW."supervisor_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_9c292(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_9c292() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_lexicontermevent" ("added_at", "added_by_id", "id", "is_active", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "term", "variants") VALUES (NEW."added_at", NEW."added_by_id", NEW."id", NEW."is_active", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."term", NEW."variants"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_a74c8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_a74c8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_referralevent" ("allocated_to_id", "closed_at", "closure_outcome_id", "closure_rationale", "current_grade", "external_id", "id", "import_job_id", "incident_at", "incident_reference", "incident_type_id", "local_authority_id", "location", "merged_into_id", "narrative", "officer_risk_view", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "postcode", "provisional_grade", "received_at", "reference", "return_reason", "returned_at", "returned_by_id", "routing_note", "source", "source_reference", "source_system", "status", "submitted_by_id") VALUES (NEW."allocated_to_id", NEW."closed_at", NEW."closure_outcome_id", NEW."closure_rationale", NEW."current_grade", NEW."external_id", NEW."id", NEW."import_job_id", NEW."incident_at", NEW."incident_reference", NEW."incident_type_id", NEW."local_authority_id", NEW."location", NEW."merged_into_id", NEW."narrative", NEW."officer_risk_view", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."postcode", NEW."provisional_grade", NEW."received_at", NEW."reference", NEW."return_reason", NEW."returned_at", NEW."returned_by_id", NEW."routing_note", NEW."source", NEW."source_reference", NEW."source_system", NEW."status", NEW."submitted_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_c162e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_c162e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_closuredayevent" ("day", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason") VALUES (NEW."day", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."reason"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_c6530(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_c6530() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_referralsubjectevent" ("expected_date", "gp", "id", "lives_at_address", "parental_responsibility", "parents_aware", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "probable_long", "probable_short", "referral_id", "repeat_long", "repeat_short", "role", "school", "voice_not_captured_reason", "voice_of_child", "was_injured", "was_present", "witnessed") VALUES (NEW."expected_date", NEW."gp", NEW."id", NEW."lives_at_address", NEW."parental_responsibility", NEW."parents_aware", NEW."person_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."probable_long", NEW."probable_short", NEW."referral_id", NEW."repeat_long", NEW."repeat_short", NEW."role", NEW."school", NEW."voice_not_captured_reason", NEW."voice_of_child", NEW."was_injured", NEW."was_present", NEW."witnessed"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_d0130(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_d0130() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_riskmodelversionevent" ("created_at", "created_by_id", "da_high_min", "da_medium_min", "high_threshold", "id", "medium_threshold", "note", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "repeat_long_count", "repeat_long_days", "repeat_short_count", "repeat_short_days", "supervision_sample_percent") VALUES (NEW."created_at", NEW."created_by_id", NEW."da_high_min", NEW."da_medium_min", NEW."high_threshold", NEW."id", NEW."medium_threshold", NEW."note", NEW."number", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."repeat_long_count", NEW."repeat_long_days", NEW."repeat_short_count", NEW."repeat_short_days", NEW."supervision_sample_percent"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_db631(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_db631() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_slatargetevent" ("calendar", "grade", "id", "kind", "minutes", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "policy_id") VALUES (NEW."calendar", NEW."grade", NEW."id", NEW."kind", NEW."minutes", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."policy_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_ddca4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_ddca4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_daquestionevent" ("code", "display_order", "high_on_its_own", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "version_id") VALUES (NEW."code", NEW."display_order", NEW."high_on_its_own", NEW."id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."text", NEW."version_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_e7728(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_e7728() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_childriskassessmentevent" ("approved_grade", "assessor_id", "created_at", "da_yes_codes", "factor_codes", "id", "model_version_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "proposed_grade", "rationale", "referral_id", "status", "subject_id", "submitted_at", "suggested_grade", "suggested_score", "voice_not_captured_reason", "voice_of_child") VALUES (NEW."approved_grade", NEW."assessor_id", NEW."created_at", NEW."da_yes_codes", NEW."factor_codes", NEW."id", NEW."model_version_id", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."proposed_grade", NEW."rationale", NEW."referral_id", NEW."status", NEW."subject_id", NEW."submitted_at", NEW."suggested_grade", NEW."suggested_score", NEW."voice_not_captured_reason", NEW."voice_of_child"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_eaf3a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_eaf3a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_riskfactorevent" ("code", "display_order", "forces_high", "group", "guidance", "id", "label", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "version_id", "weight") VALUES (NEW."code", NEW."display_order", NEW."forces_high", NEW."group", NEW."guidance", NEW."id", NEW."label", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."version_id", NEW."weight"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_insert_insert_f6618(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_insert_insert_f6618() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_forcehighcombinationevent" ("factor_codes", "id", "label", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "version_id") VALUES (NEW."factor_codes", NEW."id", NEW."label", _pgh_attach_context(), NOW(), 'insert', NEW."id", NEW."version_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_officer_submission_counts_delete_bfa33(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_officer_submission_counts_delete_bfa33() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM old_rows UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM old_rows)) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM old_rows UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM old_rows)) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_officer_submission_counts_insert_85ac2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_officer_submission_counts_insert_85ac2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM new_rows UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM new_rows)) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM new_rows UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM new_rows)) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_officer_submission_counts_update_5220c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_officer_submission_counts_update_5220c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS n UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS n) UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS o UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS o)) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS n UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS n) UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS o UNION SELECT s.referral_id FROM risk_childriskassessment a JOIN referrals_referralsubject s ON s.id = a.subject_id WHERE a.id IN (SELECT assessment_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.assessment_id, n.complete) IS DISTINCT FROM (o.referral_id, o.assessment_id, o.complete)) AS o)) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_person_names_kept_c818f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_person_names_kept_c818f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
IF TG_OP <> 'DELETE' AND NEW.merged_into_id IS NULL THEN
    INSERT INTO referrals_personname (kind, name)
    VALUES ('first', lower(NEW.first_name)), ('last', lower(NEW.last_name))
    ON CONFLICT (kind, name) DO NOTHING;
END IF;
IF TG_OP <> 'INSERT' AND OLD.merged_into_id IS NULL THEN
    DELETE FROM referrals_personname n
    WHERE (n.kind = 'first' AND n.name = lower(OLD.first_name) AND NOT EXISTS (
            SELECT 1 FROM referrals_person p
            WHERE lower(p.first_name) = n.name AND p.merged_into_id IS NULL))
       OR (n.kind = 'last' AND n.name = lower(OLD.last_name) AND NOT EXISTS (
            SELECT 1 FROM referrals_person p
            WHERE lower(p.last_name) = n.name AND p.merged_into_id IS NULL));
END IF;
RETURN NULL;

                END;
            $$;


--
-- Name: pgtrigger_referral_copies_to_subjects_c6d47(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_referral_copies_to_subjects_c6d47() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    UPDATE referrals_referralsubject
    SET referral_incident_at = NEW.incident_at, referral_area = NEW.local_authority_id,
        referral_merged = NEW.status = 'merged'
    WHERE referral_id = NEW.id;
    RETURN NULL;

                END;
            $$;


--
-- Name: pgtrigger_subject_copies_referral_c3b3b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_subject_copies_referral_c3b3b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    SELECT r.incident_at, r.local_authority_id, r.status = 'merged'
    INTO NEW.referral_incident_at, NEW.referral_area, NEW.referral_merged
    FROM referrals_referral r WHERE r.id = NEW.referral_id;
    RETURN NEW;

                END;
            $$;


--
-- Name: pgtrigger_subject_counts_delete_e2cef(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_subject_counts_delete_e2cef() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM old_rows) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM old_rows) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_subject_counts_insert_97a10(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_subject_counts_insert_97a10() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM new_rows) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM new_rows) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_subject_counts_update_cad6a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_subject_counts_update_cad6a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    PERFORM 1 FROM referrals_referral r
    WHERE r.id IN (SELECT x.id FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.role, n.voice_of_child, n.voice_not_captured_reason) IS DISTINCT FROM (o.referral_id, o.role, o.voice_of_child, o.voice_not_captured_reason)) AS n UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.role, n.voice_of_child, n.voice_not_captured_reason) IS DISTINCT FROM (o.referral_id, o.role, o.voice_of_child, o.voice_not_captured_reason)) AS o) AS x(id))
    ORDER BY r.id FOR NO KEY UPDATE;
    UPDATE referrals_referral r SET (unassessed_children_count, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count) = (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count)
    FROM (
        SELECT t.id, COUNT(s.id) FILTER (WHERE a.id IS NULL) AS unassessed_children_count, COUNT(s.id) AS child_count, COUNT(s.id) FILTER (WHERE s.voice_of_child <> '') AS voiced_children_count, COUNT(s.id) FILTER (WHERE s.voice_of_child = '' AND s.voice_not_captured_reason <> '') AS reason_only_children_count, COUNT(o.id) AS sent_children_count, COUNT(s.id) FILTER (WHERE o.complete) AS complete_children_count
        FROM (SELECT DISTINCT x.id FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.role, n.voice_of_child, n.voice_not_captured_reason) IS DISTINCT FROM (o.referral_id, o.role, o.voice_of_child, o.voice_not_captured_reason)) AS n UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.role, n.voice_of_child, n.voice_not_captured_reason) IS DISTINCT FROM (o.referral_id, o.role, o.voice_of_child, o.voice_not_captured_reason)) AS o) AS x(id) WHERE x.id IS NOT NULL) AS t
        LEFT JOIN referrals_referralsubject s ON s.referral_id = t.id AND s.role = 'child'
        LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
        LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
        GROUP BY t.id
    ) AS c
    WHERE r.id = c.id AND (r.unassessed_children_count, r.child_count, r.voiced_children_count, r.reason_only_children_count, r.sent_children_count, r.complete_children_count) IS DISTINCT FROM (c.unassessed_children_count, c.child_count, c.voiced_children_count, c.reason_only_children_count, c.sent_children_count, c.complete_children_count);
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_subject_unassessed_delete_f291f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_subject_unassessed_delete_f291f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    UPDATE referrals_referral r SET unassessed_children_count = c.n
    FROM (
        SELECT t.id, (
            SELECT COUNT(*) FROM referrals_referralsubject s
            WHERE s.referral_id = t.id AND s.role = 'child'
              AND NOT EXISTS (SELECT 1 FROM risk_childriskassessment a WHERE a.subject_id = s.id)
        ) AS n
        FROM (SELECT referral_id FROM old_rows) AS t(id)
        WHERE t.id IS NOT NULL
    ) AS c
    WHERE r.id = c.id AND r.unassessed_children_count <> c.n;
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_subject_unassessed_insert_0b35d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_subject_unassessed_insert_0b35d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    UPDATE referrals_referral r SET unassessed_children_count = c.n
    FROM (
        SELECT t.id, (
            SELECT COUNT(*) FROM referrals_referralsubject s
            WHERE s.referral_id = t.id AND s.role = 'child'
              AND NOT EXISTS (SELECT 1 FROM risk_childriskassessment a WHERE a.subject_id = s.id)
        ) AS n
        FROM (SELECT referral_id FROM new_rows) AS t(id)
        WHERE t.id IS NOT NULL
    ) AS c
    WHERE r.id = c.id AND r.unassessed_children_count <> c.n;
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_subject_unassessed_update_adcf5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_subject_unassessed_update_adcf5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    
    UPDATE referrals_referral r SET unassessed_children_count = c.n
    FROM (
        SELECT t.id, (
            SELECT COUNT(*) FROM referrals_referralsubject s
            WHERE s.referral_id = t.id AND s.role = 'child'
              AND NOT EXISTS (SELECT 1 FROM risk_childriskassessment a WHERE a.subject_id = s.id)
        ) AS n
        FROM (SELECT referral_id FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.role) IS DISTINCT FROM (o.referral_id, o.role)) AS n UNION SELECT referral_id FROM (SELECT o.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.referral_id, n.role) IS DISTINCT FROM (o.referral_id, o.role)) AS o) AS t(id)
        WHERE t.id IS NOT NULL
    ) AS c
    WHERE r.id = c.id AND r.unassessed_children_count <> c.n;
    RETURN NULL;
    
                END;
            $$;


--
-- Name: pgtrigger_update_update_0a070(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_0a070() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "partners_shareevent" ("acknowledged_at", "acknowledged_by_id", "agency_id", "authorisation_note", "authorised_at", "authorised_by_id", "created_at", "created_by_id", "id", "justification", "lawful_basis", "pack_file", "pack_rendered_at", "pack_sha256", "pack_template", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "purpose", "redacted_fields", "referral_id", "status", "superseded_at", "superseded_by_id", "version", "withdrawn_at") VALUES (NEW."acknowledged_at", NEW."acknowledged_by_id", NEW."agency_id", NEW."authorisation_note", NEW."authorised_at", NEW."authorised_by_id", NEW."created_at", NEW."created_by_id", NEW."id", NEW."justification", NEW."lawful_basis", NEW."pack_file", NEW."pack_rendered_at", NEW."pack_sha256", NEW."pack_template", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."purpose", NEW."redacted_fields", NEW."referral_id", NEW."status", NEW."superseded_at", NEW."superseded_by_id", NEW."version", NEW."withdrawn_at"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_1918e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_1918e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_supervisordecisionevent" ("assessment_id", "assessment_version", "decided_at", "decision", "from_grade", "grade", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "rationale", "supervisor_id") VALUES (NEW."assessment_id", NEW."assessment_version", NEW."decided_at", NEW."decision", NEW."from_grade", NEW."grade", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."rationale", NEW."supervisor_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_223e7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_223e7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_referralevent" ("allocated_to_id", "closed_at", "closure_outcome_id", "closure_rationale", "current_grade", "external_id", "id", "import_job_id", "incident_at", "incident_reference", "incident_type_id", "local_authority_id", "location", "merged_into_id", "narrative", "officer_risk_view", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "postcode", "provisional_grade", "received_at", "reference", "return_reason", "returned_at", "returned_by_id", "routing_note", "source", "source_reference", "source_system", "status", "submitted_by_id") VALUES (NEW."allocated_to_id", NEW."closed_at", NEW."closure_outcome_id", NEW."closure_rationale", NEW."current_grade", NEW."external_id", NEW."id", NEW."import_job_id", NEW."incident_at", NEW."incident_reference", NEW."incident_type_id", NEW."local_authority_id", NEW."location", NEW."merged_into_id", NEW."narrative", NEW."officer_risk_view", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."postcode", NEW."provisional_grade", NEW."received_at", NEW."reference", NEW."return_reason", NEW."returned_at", NEW."returned_by_id", NEW."routing_note", NEW."source", NEW."source_reference", NEW."source_system", NEW."status", NEW."submitted_by_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_306b5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_306b5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_childriskassessmentevent" ("approved_grade", "assessor_id", "created_at", "da_yes_codes", "factor_codes", "id", "model_version_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "proposed_grade", "rationale", "referral_id", "status", "subject_id", "submitted_at", "suggested_grade", "suggested_score", "voice_not_captured_reason", "voice_of_child") VALUES (NEW."approved_grade", NEW."assessor_id", NEW."created_at", NEW."da_yes_codes", NEW."factor_codes", NEW."id", NEW."model_version_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."proposed_grade", NEW."rationale", NEW."referral_id", NEW."status", NEW."subject_id", NEW."submitted_at", NEW."suggested_grade", NEW."suggested_score", NEW."voice_not_captured_reason", NEW."voice_of_child"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_35a6a(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_35a6a() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_slatargetevent" ("calendar", "grade", "id", "kind", "minutes", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "policy_id") VALUES (NEW."calendar", NEW."grade", NEW."id", NEW."kind", NEW."minutes", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."policy_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_47ac1(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_47ac1() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_slapolicyversionevent" ("created_at", "created_by_id", "id", "note", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."created_by_id", NEW."id", NEW."note", NEW."number", _pgh_attach_context(), NOW(), 'update', NEW."id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_52749(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_52749() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_forcehighcombinationevent" ("factor_codes", "id", "label", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "version_id") VALUES (NEW."factor_codes", NEW."id", NEW."label", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."version_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_683f2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_683f2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_riskfactorevent" ("code", "display_order", "forces_high", "group", "guidance", "id", "label", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "version_id", "weight") VALUES (NEW."code", NEW."display_order", NEW."forces_high", NEW."group", NEW."guidance", NEW."id", NEW."label", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."version_id", NEW."weight"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_6a499(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_6a499() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_daquestionevent" ("code", "display_order", "high_on_its_own", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "text", "version_id") VALUES (NEW."code", NEW."display_order", NEW."high_on_its_own", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."text", NEW."version_id"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_7c91f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_7c91f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_referralsubjectevent" ("expected_date", "gp", "id", "lives_at_address", "parental_responsibility", "parents_aware", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "probable_long", "probable_short", "referral_id", "repeat_long", "repeat_short", "role", "school", "voice_not_captured_reason", "voice_of_child", "was_injured", "was_present", "witnessed") VALUES (NEW."expected_date", NEW."gp", NEW."id", NEW."lives_at_address", NEW."parental_responsibility", NEW."parents_aware", NEW."person_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."probable_long", NEW."probable_short", NEW."referral_id", NEW."repeat_long", NEW."repeat_short", NEW."role", NEW."school", NEW."voice_not_captured_reason", NEW."voice_of_child", NEW."was_injured", NEW."was_present", NEW."witnessed"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_c2790(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_c2790() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_lexicontermevent" ("added_at", "added_by_id", "id", "is_active", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "term", "variants") VALUES (NEW."added_at", NEW."added_by_id", NEW."id", NEW."is_active", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."term", NEW."variants"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_cba9b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_cba9b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_matchthresholdsevent" ("address_similarity", "id", "name_similarity", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "probable_address_similarity", "probable_name_similarity") VALUES (NEW."address_similarity", NEW."id", NEW."name_similarity", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."probable_address_similarity", NEW."probable_name_similarity"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_ef2d7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_ef2d7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "risk_riskmodelversionevent" ("created_at", "created_by_id", "da_high_min", "da_medium_min", "high_threshold", "id", "medium_threshold", "note", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "repeat_long_count", "repeat_long_days", "repeat_short_count", "repeat_short_days", "supervision_sample_percent") VALUES (NEW."created_at", NEW."created_by_id", NEW."da_high_min", NEW."da_medium_min", NEW."high_threshold", NEW."id", NEW."medium_threshold", NEW."note", NEW."number", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."repeat_long_count", NEW."repeat_long_days", NEW."repeat_short_count", NEW."repeat_short_days", NEW."supervision_sample_percent"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_f0959(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_f0959() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_closuredayevent" ("day", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason") VALUES (NEW."day", NEW."id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."reason"); RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_update_update_fcdf9(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_update_update_fcdf9() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO "referrals_casenoteevent" ("author_id", "corrects_id", "created_at", "edited_at", "id", "kind_id", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "referral_id", "text") VALUES (NEW."author_id", NEW."corrects_id", NEW."created_at", NEW."edited_at", NEW."id", NEW."kind_id", NEW."person_id", _pgh_attach_context(), NOW(), 'update', NEW."id", NEW."referral_id", NEW."text"); RETURN NULL;
                END;
            $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_user (
    id bigint NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    agency_id bigint,
    session_generation integer NOT NULL,
    oidc_subject character varying(255) NOT NULL,
    CONSTRAINT accounts_user_session_generation_check CHECK ((session_generation >= 0))
);


--
-- Name: accounts_user_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_user_groups (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: accounts_user_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_user_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_user_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_user ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_user_user_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_user_user_permissions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: accounts_user_user_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_user_user_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_user_user_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_auditcheckpoint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_auditcheckpoint (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_event_id bigint NOT NULL,
    event_count bigint NOT NULL,
    head_hash character varying(64) NOT NULL,
    reason character varying(40) NOT NULL,
    key_id character varying(16) NOT NULL,
    signature character varying(64) NOT NULL
);


--
-- Name: audit_auditcheckpoint_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_auditcheckpoint ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audit_auditcheckpoint_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_auditevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_auditevent (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor_label character varying(200) NOT NULL,
    action character varying(80) NOT NULL,
    object_type character varying(80) NOT NULL,
    object_id character varying(80) NOT NULL,
    ip inet,
    user_agent character varying(500) NOT NULL,
    details jsonb NOT NULL,
    prev_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL,
    actor_id bigint,
    agency_id bigint,
    referral_id bigint
);


--
-- Name: audit_auditevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_auditevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audit_auditevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_retentionreview; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_retentionreview (
    id bigint NOT NULL,
    ended_at timestamp with time zone NOT NULL,
    review_due date NOT NULL,
    basis character varying(300) NOT NULL,
    status character varying(30) NOT NULL,
    decided_at timestamp with time zone,
    reason text NOT NULL,
    decided_by_id bigint,
    referral_id bigint NOT NULL
);


--
-- Name: audit_retentionreview_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_retentionreview ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audit_retentionreview_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_retentionrule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_retentionrule (
    id bigint NOT NULL,
    grade character varying(10) NOT NULL,
    outcome character varying(30) NOT NULL,
    years smallint NOT NULL,
    note character varying(300) NOT NULL,
    CONSTRAINT audit_retentionrule_years_check CHECK ((years >= 0))
);


--
-- Name: audit_retentionrule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_retentionrule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.audit_retentionrule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


--
-- Name: auth_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group_permissions (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_permission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_permission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattempt (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    get_data text NOT NULL,
    post_data text NOT NULL,
    failures_since_start integer NOT NULL,
    CONSTRAINT axes_accessattempt_failures_since_start_check CHECK ((failures_since_start >= 0))
);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattemptexpiration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattemptexpiration (
    access_attempt_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: axes_accessfailurelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessfailurelog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    locked_out boolean NOT NULL
);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessfailurelog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessfailurelog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accesslog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accesslog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    logout_time timestamp with time zone,
    session_hash character varying(64) NOT NULL
);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accesslog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accesslog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: configuration_version_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.configuration_version_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dashboards_absence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_absence (
    id bigint NOT NULL,
    first_day date NOT NULL,
    last_day date NOT NULL,
    reason character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT absence_in_order CHECK ((last_day >= first_day))
);


--
-- Name: dashboards_absence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_absence ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_absence_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_capacityalert; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_capacityalert (
    id bigint NOT NULL,
    raised_at timestamp with time zone NOT NULL,
    recovered_at timestamp with time zone,
    is_open boolean NOT NULL,
    reasons jsonb NOT NULL,
    inflow_per_day numeric(10,2) NOT NULL,
    throughput_per_day numeric(10,2) NOT NULL,
    backlog integer NOT NULL,
    forecast_days integer,
    CONSTRAINT dashboards_capacityalert_backlog_check CHECK ((backlog >= 0))
);


--
-- Name: dashboards_capacityalert_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_capacityalert ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_capacityalert_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_capacitysettings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_capacitysettings (
    id bigint NOT NULL,
    inflow_margin_percent smallint NOT NULL,
    max_clearance_days smallint NOT NULL,
    trend_days smallint NOT NULL,
    updated_at timestamp with time zone,
    updated_by_id bigint,
    CONSTRAINT dashboards_capacitysettings_inflow_margin_percent_check CHECK ((inflow_margin_percent >= 0)),
    CONSTRAINT dashboards_capacitysettings_max_clearance_days_check CHECK ((max_clearance_days >= 0)),
    CONSTRAINT dashboards_capacitysettings_trend_days_check CHECK ((trend_days >= 0))
);


--
-- Name: dashboards_capacitysettings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_capacitysettings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_capacitysettings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_dailycompliance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_dailycompliance (
    id bigint NOT NULL,
    day date NOT NULL,
    kind character varying(30) NOT NULL,
    grade_used character varying(10) NOT NULL,
    closed integer NOT NULL,
    within integer NOT NULL,
    agency_id bigint,
    local_authority_id bigint,
    CONSTRAINT dashboards_dailycompliance_closed_check CHECK ((closed >= 0)),
    CONSTRAINT dashboards_dailycompliance_within_check CHECK ((within >= 0))
);


--
-- Name: dashboards_dailycompliance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_dailycompliance ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_dailycompliance_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_dailyflow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_dailyflow (
    id bigint NOT NULL,
    day date NOT NULL,
    received integer NOT NULL,
    "left" integer NOT NULL,
    local_authority_id bigint,
    CONSTRAINT dashboards_dailyflow_left_check CHECK (("left" >= 0)),
    CONSTRAINT dashboards_dailyflow_received_check CHECK ((received >= 0))
);


--
-- Name: dashboards_dailyflow_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_dailyflow ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_dailyflow_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_dailyreportdelivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_dailyreportdelivery (
    id bigint NOT NULL,
    day date NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    recipients integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    CONSTRAINT dashboards_dailyreportdelivery_recipients_check CHECK ((recipients >= 0))
);


--
-- Name: dashboards_dailyreportdelivery_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_dailyreportdelivery ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_dailyreportdelivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_rosterhours; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_rosterhours (
    id bigint NOT NULL,
    weekday smallint NOT NULL,
    hours numeric(4,2) NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT dashboards_rosterhours_weekday_check CHECK ((weekday >= 0)),
    CONSTRAINT roster_hours_in_a_day CHECK (((hours >= (0)::numeric) AND (hours <= (24)::numeric)))
);


--
-- Name: dashboards_rosterhours_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_rosterhours ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_rosterhours_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_statisticscoverage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_statisticscoverage (
    id bigint NOT NULL,
    first_day date NOT NULL,
    last_day date NOT NULL,
    built_at timestamp with time zone NOT NULL
);


--
-- Name: dashboards_statisticscoverage_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_statisticscoverage ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_statisticscoverage_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_teamschannel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_teamschannel (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    url character varying(1000) NOT NULL,
    daily_summary boolean NOT NULL,
    capacity_alerts boolean NOT NULL,
    breaches boolean NOT NULL,
    is_active boolean NOT NULL
);


--
-- Name: dashboards_teamschannel_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_teamschannel ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_teamschannel_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dashboards_teamspost; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dashboards_teamspost (
    id bigint NOT NULL,
    key character varying(60) NOT NULL,
    card jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    status_code smallint,
    channel_id bigint NOT NULL,
    outbox_id bigint NOT NULL,
    CONSTRAINT dashboards_teamspost_status_code_check CHECK ((status_code >= 0))
);


--
-- Name: dashboards_teamspost_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dashboards_teamspost ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.dashboards_teamspost_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_admin_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer,
    user_id bigint NOT NULL,
    CONSTRAINT django_admin_log_action_flag_check CHECK ((action_flag >= 0))
);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_admin_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_admin_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_content_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_content_type ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_content_type_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_migrations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_migrations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


--
-- Name: guardian_groupobjectpermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.guardian_groupobjectpermission (
    id integer NOT NULL,
    object_pk character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: guardian_groupobjectpermission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.guardian_groupobjectpermission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.guardian_groupobjectpermission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: guardian_userobjectpermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.guardian_userobjectpermission (
    id integer NOT NULL,
    object_pk character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    permission_id integer NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: guardian_userobjectpermission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.guardian_userobjectpermission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.guardian_userobjectpermission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: otp_static_staticdevice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.otp_static_staticdevice (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    confirmed boolean NOT NULL,
    user_id bigint NOT NULL,
    throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    created_at timestamp with time zone,
    last_used_at timestamp with time zone,
    CONSTRAINT otp_static_staticdevice_throttling_failure_count_check CHECK ((throttling_failure_count >= 0))
);


--
-- Name: otp_static_staticdevice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.otp_static_staticdevice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.otp_static_staticdevice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: otp_static_statictoken; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.otp_static_statictoken (
    id integer NOT NULL,
    token character varying(16) NOT NULL,
    device_id integer NOT NULL
);


--
-- Name: otp_static_statictoken_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.otp_static_statictoken ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.otp_static_statictoken_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: otp_totp_totpdevice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.otp_totp_totpdevice (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    confirmed boolean NOT NULL,
    key character varying(80) NOT NULL,
    step smallint NOT NULL,
    t0 bigint NOT NULL,
    digits smallint NOT NULL,
    tolerance smallint NOT NULL,
    drift smallint NOT NULL,
    last_t bigint NOT NULL,
    user_id bigint NOT NULL,
    throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    created_at timestamp with time zone,
    last_used_at timestamp with time zone,
    CONSTRAINT otp_totp_totpdevice_digits_check CHECK ((digits >= 0)),
    CONSTRAINT otp_totp_totpdevice_step_check CHECK ((step >= 0)),
    CONSTRAINT otp_totp_totpdevice_throttling_failure_count_check CHECK ((throttling_failure_count >= 0)),
    CONSTRAINT otp_totp_totpdevice_tolerance_check CHECK ((tolerance >= 0))
);


--
-- Name: otp_totp_totpdevice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.otp_totp_totpdevice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.otp_totp_totpdevice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_agency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_agency (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    slug character varying(80) NOT NULL,
    kind character varying(30) NOT NULL,
    area character varying(100) NOT NULL,
    email character varying(254) NOT NULL,
    is_active boolean NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: partners_agency_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_agency ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_agency_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_agency_safeguarding_leads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_agency_safeguarding_leads (
    id bigint NOT NULL,
    agency_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: partners_agency_safeguarding_leads_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_agency_safeguarding_leads ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_agency_safeguarding_leads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_encompassnotice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_encompassnotice (
    id bigint NOT NULL,
    school_name character varying(200) NOT NULL,
    home_educated boolean NOT NULL,
    match_note character varying(300) NOT NULL,
    status character varying(20) NOT NULL,
    proposed_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    not_needed_reason text NOT NULL,
    agency_id bigint,
    decided_by_id bigint,
    referral_id bigint NOT NULL,
    share_id bigint,
    subject_id bigint NOT NULL
);


--
-- Name: partners_encompassnotice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_encompassnotice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_encompassnotice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_informationrequest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_informationrequest (
    id bigint NOT NULL,
    subject_name character varying(200) NOT NULL,
    subject_date_of_birth date,
    subject_address character varying(300) NOT NULL,
    urgency character varying(10) NOT NULL,
    reason text NOT NULL,
    lawful_basis character varying(30) NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    response text NOT NULL,
    responded_at timestamp with time zone,
    agency_id bigint NOT NULL,
    raised_by_id bigint NOT NULL,
    responded_by_id bigint,
    share_id bigint
);


--
-- Name: partners_informationrequest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_informationrequest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_informationrequest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_israttachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_israttachment (
    id bigint NOT NULL,
    file character varying(100) NOT NULL,
    original_name character varying(200) NOT NULL,
    content_type character varying(100) NOT NULL,
    size integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    isr_id bigint NOT NULL,
    uploaded_by_id bigint NOT NULL,
    from_vhub boolean NOT NULL,
    CONSTRAINT partners_israttachment_size_check CHECK ((size >= 0))
);


--
-- Name: partners_israttachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_israttachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_israttachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_maracmeeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_maracmeeting (
    id bigint NOT NULL,
    date date NOT NULL,
    note character varying(200) NOT NULL
);


--
-- Name: partners_maracmeeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_maracmeeting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_maracmeeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_maracreferral; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_maracreferral (
    id bigint NOT NULL,
    criteria jsonb NOT NULL,
    professional_judgement text NOT NULL,
    has_children boolean NOT NULL,
    is_repeat boolean NOT NULL,
    referred_at timestamp with time zone NOT NULL,
    meeting_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    referred_by_id bigint NOT NULL,
    share_id bigint NOT NULL
);


--
-- Name: partners_maracreferral_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_maracreferral ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_maracreferral_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_noticepreference; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_noticepreference (
    id bigint NOT NULL,
    frequency character varying(20) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: partners_noticepreference_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_noticepreference ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_noticepreference_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_partnernotice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_partnernotice (
    id bigint NOT NULL,
    what character varying(20) NOT NULL,
    frequency character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    agency_id bigint NOT NULL,
    isr_id bigint,
    outbox_id bigint,
    recipient_id bigint NOT NULL,
    share_id bigint,
    CONSTRAINT partner_notice_is_about_one_item CHECK ((((isr_id IS NULL) AND (share_id IS NOT NULL)) OR ((isr_id IS NOT NULL) AND (share_id IS NULL))))
);


--
-- Name: partners_partnernotice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_partnernotice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_partnernotice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_partnersystem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_partnersystem (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    token_prefix character varying(12) NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    agency_id bigint NOT NULL,
    created_by_id bigint,
    revoked_by_id bigint,
    service_user_id bigint NOT NULL
);


--
-- Name: partners_partnersystem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_partnersystem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_partnersystem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_share; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_share (
    id bigint NOT NULL,
    version integer NOT NULL,
    status character varying(20) NOT NULL,
    lawful_basis character varying(30) NOT NULL,
    justification text NOT NULL,
    snapshot jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    pack_file character varying(100) NOT NULL,
    pack_sha256 character varying(64) NOT NULL,
    pack_rendered_at timestamp with time zone,
    acknowledged_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    acknowledged_by_id bigint,
    agency_id bigint NOT NULL,
    created_by_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    authorisation_note text NOT NULL,
    authorised_at timestamp with time zone,
    authorised_by_id bigint,
    pack_template character varying(20) NOT NULL,
    purpose character varying(20) NOT NULL,
    redacted_fields jsonb NOT NULL,
    superseded_at timestamp with time zone,
    superseded_by_id bigint,
    inbox_done boolean NOT NULL,
    inbox_due_at timestamp with time zone,
    inbox_grade_rank smallint NOT NULL,
    CONSTRAINT partners_share_inbox_grade_rank_check CHECK ((inbox_grade_rank >= 0)),
    CONSTRAINT partners_share_version_check CHECK ((version >= 0))
);


--
-- Name: partners_share_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_share ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_share_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_shareattachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_shareattachment (
    id bigint NOT NULL,
    attachment_id bigint NOT NULL,
    share_id bigint NOT NULL
);


--
-- Name: partners_shareattachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_shareattachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_shareattachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_shareauthorisationrule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_shareauthorisationrule (
    id bigint NOT NULL,
    grade character varying(10) NOT NULL,
    needs_authorisation boolean NOT NULL,
    updated_at timestamp with time zone,
    updated_by_id bigint
);


--
-- Name: partners_shareauthorisationrule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_shareauthorisationrule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_shareauthorisationrule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_shareevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_shareevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    version integer NOT NULL,
    status character varying(20) NOT NULL,
    lawful_basis character varying(30) NOT NULL,
    justification text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    pack_file character varying(100) NOT NULL,
    pack_sha256 character varying(64) NOT NULL,
    pack_rendered_at timestamp with time zone,
    acknowledged_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    purpose character varying(20) NOT NULL,
    pack_template character varying(20) NOT NULL,
    redacted_fields jsonb NOT NULL,
    superseded_at timestamp with time zone,
    authorised_at timestamp with time zone,
    authorisation_note text NOT NULL,
    acknowledged_by_id bigint,
    agency_id bigint NOT NULL,
    authorised_by_id bigint,
    created_by_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    superseded_by_id bigint,
    CONSTRAINT partners_shareevent_version_check CHECK ((version >= 0))
);


--
-- Name: partners_shareevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_shareevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_shareevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_sharegroupobjectpermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_sharegroupobjectpermission (
    id bigint NOT NULL,
    content_object_id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: partners_sharegroupobjectpermission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_sharegroupobjectpermission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_sharegroupobjectpermission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_sharemessage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_sharemessage (
    id bigint NOT NULL,
    from_vhub boolean NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    author_id bigint NOT NULL,
    share_id bigint NOT NULL
);


--
-- Name: partners_sharemessage_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_sharemessage ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_sharemessage_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_sharemessageattachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_sharemessageattachment (
    id bigint NOT NULL,
    file character varying(100) NOT NULL,
    original_name character varying(200) NOT NULL,
    content_type character varying(100) NOT NULL,
    size integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    message_id bigint NOT NULL,
    uploaded_by_id bigint NOT NULL,
    CONSTRAINT partners_sharemessageattachment_size_check CHECK ((size >= 0))
);


--
-- Name: partners_sharemessageattachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_sharemessageattachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_sharemessageattachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_shareresponse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_shareresponse (
    id bigint NOT NULL,
    outcome character varying(20) NOT NULL,
    outcome_notes text NOT NULL,
    outcome_at timestamp with time zone,
    declined_at timestamp with time zone,
    decline_reason text NOT NULL,
    declined_by_id bigint,
    outcome_by_id bigint,
    share_id bigint NOT NULL
);


--
-- Name: partners_shareresponse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_shareresponse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_shareresponse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_shareuserobjectpermission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_shareuserobjectpermission (
    id bigint NOT NULL,
    content_object_id bigint NOT NULL,
    permission_id integer NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: partners_shareuserobjectpermission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_shareuserobjectpermission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_shareuserobjectpermission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_webhookattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_webhookattempt (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    status_code smallint,
    error character varying(300) NOT NULL,
    duration_ms integer NOT NULL,
    delivery_id bigint NOT NULL,
    CONSTRAINT partners_webhookattempt_duration_ms_check CHECK ((duration_ms >= 0)),
    CONSTRAINT partners_webhookattempt_status_code_check CHECK ((status_code >= 0))
);


--
-- Name: partners_webhookattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_webhookattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_webhookattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_webhookdelivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_webhookdelivery (
    id bigint NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    outbox_id bigint NOT NULL,
    replay_of_id bigint,
    replayed_by_id bigint,
    event_id bigint NOT NULL,
    subscription_id bigint NOT NULL
);


--
-- Name: partners_webhookdelivery_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_webhookdelivery ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_webhookdelivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_webhookevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_webhookevent (
    id bigint NOT NULL,
    uid character varying(40) NOT NULL,
    type character varying(30) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    agency_id bigint NOT NULL,
    isr_id bigint,
    message_id bigint,
    share_id bigint
);


--
-- Name: partners_webhookevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_webhookevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_webhookevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: partners_webhooksubscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners_webhooksubscription (
    id bigint NOT NULL,
    url character varying(500) NOT NULL,
    description character varying(200) NOT NULL,
    events character varying(30)[] NOT NULL,
    secret text NOT NULL,
    is_active boolean NOT NULL,
    disabled_at timestamp with time zone,
    disabled_reason character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    agency_id bigint NOT NULL,
    created_by_id bigint NOT NULL
);


--
-- Name: partners_webhooksubscription_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.partners_webhooksubscription ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.partners_webhooksubscription_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: pghistory_context; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pghistory_context (
    id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    metadata jsonb NOT NULL
);


--
-- Name: referral_reference_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.referral_reference_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: referrals_casenote; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_casenote (
    id bigint NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    edited_at timestamp with time zone,
    author_id bigint NOT NULL,
    corrects_id bigint,
    person_id bigint,
    referral_id bigint,
    kind_id bigint NOT NULL,
    CONSTRAINT case_note_on_one_record CHECK ((((person_id IS NULL) AND (referral_id IS NOT NULL)) OR ((person_id IS NOT NULL) AND (referral_id IS NULL))))
);


--
-- Name: referrals_casenote_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_casenote ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_casenote_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_casenoteevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_casenoteevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    edited_at timestamp with time zone,
    author_id bigint NOT NULL,
    corrects_id bigint,
    person_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    referral_id bigint,
    kind_id bigint NOT NULL
);


--
-- Name: referrals_casenoteevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_casenoteevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_casenoteevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_closureday; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_closureday (
    id bigint NOT NULL,
    day date NOT NULL,
    reason character varying(200) NOT NULL
);


--
-- Name: referrals_closureday_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_closureday ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_closureday_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_closuredayevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_closuredayevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    day date NOT NULL,
    reason character varying(200) NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: referrals_closuredayevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_closuredayevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_closuredayevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_closureoutcome; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_closureoutcome (
    id bigint NOT NULL,
    code character varying(40) NOT NULL,
    label character varying(100) NOT NULL,
    status character varying(30) NOT NULL,
    "position" smallint NOT NULL,
    active boolean NOT NULL,
    CONSTRAINT referrals_closureoutcome_position_check CHECK (("position" >= 0))
);


--
-- Name: referrals_closureoutcome_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_closureoutcome ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_closureoutcome_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_closurerequest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_closurerequest (
    id bigint NOT NULL,
    rationale text NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    needs_sign_off boolean NOT NULL,
    state character varying(10) NOT NULL,
    decided_at timestamp with time zone,
    decision_note text NOT NULL,
    decided_by_id bigint,
    outcome_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    requested_by_id bigint NOT NULL
);


--
-- Name: referrals_closurerequest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_closurerequest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_closurerequest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_dutyrota; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_dutyrota (
    id bigint NOT NULL,
    first_day date,
    last_day date,
    weekday smallint,
    created_at timestamp with time zone NOT NULL,
    area_id bigint NOT NULL,
    created_by_id bigint,
    supervisor_id bigint NOT NULL,
    CONSTRAINT duty_rota_in_order CHECK (((first_day IS NULL) OR (last_day IS NULL) OR (last_day >= first_day))),
    CONSTRAINT referrals_dutyrota_weekday_check CHECK ((weekday >= 0))
);


--
-- Name: referrals_dutyrota_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_dutyrota ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_dutyrota_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_escalation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_escalation (
    id bigint NOT NULL,
    level character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    recipient_id bigint NOT NULL,
    clock_id bigint NOT NULL
);


--
-- Name: referrals_escalation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_escalation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_escalation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_importdigest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_importdigest (
    id bigint NOT NULL,
    clocks integer NOT NULL,
    referrals integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    notified_at timestamp with time zone,
    emailed_at timestamp with time zone,
    delivered_at timestamp with time zone,
    attempts smallint NOT NULL,
    last_error character varying(300) NOT NULL,
    job_id bigint NOT NULL,
    recipient_id bigint NOT NULL,
    CONSTRAINT referrals_importdigest_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT referrals_importdigest_clocks_check CHECK ((clocks >= 0)),
    CONSTRAINT referrals_importdigest_referrals_check CHECK ((referrals >= 0))
);


--
-- Name: referrals_importdigest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_importdigest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_importdigest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_importjob; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_importjob (
    id bigint NOT NULL,
    file character varying(100) NOT NULL,
    original_name character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    status character varying(10) NOT NULL,
    total_rows integer NOT NULL,
    processed_rows integer NOT NULL,
    imported integer NOT NULL,
    already_imported integer NOT NULL,
    rejected integer NOT NULL,
    errors jsonb NOT NULL,
    finished_at timestamp with time zone,
    uploaded_by_id bigint,
    CONSTRAINT referrals_importjob_already_imported_check CHECK ((already_imported >= 0)),
    CONSTRAINT referrals_importjob_imported_check CHECK ((imported >= 0)),
    CONSTRAINT referrals_importjob_processed_rows_check CHECK ((processed_rows >= 0)),
    CONSTRAINT referrals_importjob_rejected_check CHECK ((rejected >= 0)),
    CONSTRAINT referrals_importjob_total_rows_check CHECK ((total_rows >= 0))
);


--
-- Name: referrals_importjob_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_importjob ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_importjob_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_incidenttype; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_incidenttype (
    id bigint NOT NULL,
    code character varying(50) NOT NULL,
    label character varying(120) NOT NULL,
    is_domestic_abuse boolean NOT NULL,
    is_active boolean NOT NULL,
    display_order integer NOT NULL,
    priority_weight integer NOT NULL,
    CONSTRAINT referrals_incidenttype_display_order_check CHECK ((display_order >= 0))
);


--
-- Name: referrals_incidenttype_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_incidenttype ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_incidenttype_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_integrationclient; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_integrationclient (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    source_system character varying(50) NOT NULL,
    token_prefix character varying(8) NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    created_by_id bigint,
    service_user_id bigint NOT NULL
);


--
-- Name: referrals_integrationclient_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_integrationclient ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_integrationclient_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_matchthresholds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_matchthresholds (
    id bigint NOT NULL,
    name_similarity double precision NOT NULL,
    address_similarity double precision NOT NULL,
    probable_name_similarity double precision NOT NULL,
    probable_address_similarity double precision NOT NULL
);


--
-- Name: referrals_matchthresholds_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_matchthresholds ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_matchthresholds_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_matchthresholdsevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_matchthresholdsevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    name_similarity double precision NOT NULL,
    address_similarity double precision NOT NULL,
    probable_name_similarity double precision CONSTRAINT referrals_matchthresholdseven_probable_name_similarity_not_null NOT NULL,
    probable_address_similarity double precision CONSTRAINT referrals_matchthresholdsev_probable_address_similarit_not_null NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL
);


--
-- Name: referrals_matchthresholdsevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_matchthresholdsevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_matchthresholdsevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_notekind; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_notekind (
    id bigint NOT NULL,
    code character varying(40) NOT NULL,
    label character varying(100) NOT NULL,
    hint character varying(200) NOT NULL,
    management_oversight boolean NOT NULL,
    correction_minutes smallint NOT NULL,
    "position" smallint NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT referrals_notekind_correction_minutes_check CHECK ((correction_minutes >= 0)),
    CONSTRAINT referrals_notekind_position_check CHECK (("position" >= 0))
);


--
-- Name: referrals_notekind_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_notekind ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_notekind_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_notification (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    body text NOT NULL,
    url character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    user_id bigint NOT NULL
);


--
-- Name: referrals_notification_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_notification ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_notification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_outboxmessage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_outboxmessage (
    id bigint NOT NULL,
    deliver_after timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone,
    attempts smallint NOT NULL,
    escalation_id bigint,
    emailed_at timestamp with time zone,
    last_error character varying(300) NOT NULL,
    notified_at timestamp with time zone,
    digest_day date,
    kind character varying(20) NOT NULL,
    recipient_id bigint,
    CONSTRAINT outbox_message_has_its_subject CHECK ((((escalation_id IS NOT NULL) AND ((kind)::text = 'escalation'::text)) OR (((kind)::text = ANY ((ARRAY['partner_notice'::character varying, 'partner_digest'::character varying, 'officer_feedback'::character varying])::text[])) AND (escalation_id IS NULL) AND (recipient_id IS NOT NULL)) OR (((kind)::text = ANY ((ARRAY['webhook'::character varying, 'teams'::character varying])::text[])) AND (escalation_id IS NULL) AND (recipient_id IS NULL)))),
    CONSTRAINT referrals_outboxmessage_attempts_check CHECK ((attempts >= 0))
);


--
-- Name: referrals_outboxmessage_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_outboxmessage ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_outboxmessage_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_person (
    id bigint NOT NULL,
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    date_of_birth date,
    address character varying(300) NOT NULL,
    postcode character varying(10) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    merged_into_id bigint
);


--
-- Name: referrals_person_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_person ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_person_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_personmatch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_personmatch (
    id bigint NOT NULL,
    similarity double precision NOT NULL,
    reason character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    decided_at timestamp with time zone,
    candidate_id bigint NOT NULL,
    decided_by_id bigint,
    subject_id bigint NOT NULL,
    probable boolean NOT NULL
);


--
-- Name: referrals_personmatch_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_personmatch ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_personmatch_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_personname; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_personname (
    id bigint NOT NULL,
    kind character varying(5) NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: referrals_personname_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_personname ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_personname_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_postcodedistrict; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_postcodedistrict (
    id bigint NOT NULL,
    district character varying(4) NOT NULL,
    local_authority_id bigint NOT NULL
);


--
-- Name: referrals_postcodedistrict_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_postcodedistrict ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_postcodedistrict_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_priorityweight; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_priorityweight (
    id bigint NOT NULL,
    code character varying(40) NOT NULL,
    label character varying(120) NOT NULL,
    points integer NOT NULL,
    help_text character varying(300) NOT NULL
);


--
-- Name: referrals_priorityweight_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_priorityweight ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_priorityweight_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_referral; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_referral (
    id bigint NOT NULL,
    reference character varying(20) NOT NULL,
    source character varying(10) NOT NULL,
    source_system character varying(50) NOT NULL,
    external_id character varying(100) NOT NULL,
    incident_reference character varying(50) NOT NULL,
    incident_at timestamp with time zone NOT NULL,
    location character varying(300) NOT NULL,
    postcode character varying(10) NOT NULL,
    narrative text NOT NULL,
    officer_risk_view text NOT NULL,
    status character varying(30) NOT NULL,
    current_grade character varying(10) NOT NULL,
    received_at timestamp with time zone NOT NULL,
    priority_score integer NOT NULL,
    priority_breakdown jsonb NOT NULL,
    version integer NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    allocated_to_id bigint,
    incident_type_id bigint NOT NULL,
    local_authority_id bigint,
    submitted_by_id bigint NOT NULL,
    provisional_grade character varying(10) NOT NULL,
    intake_hash character varying(64) NOT NULL,
    routing_note character varying(300) NOT NULL,
    return_reason text NOT NULL,
    returned_at timestamp with time zone,
    returned_by_id bigint,
    import_job_id bigint,
    source_reference character varying(100) NOT NULL,
    closed_at timestamp with time zone,
    closure_rationale text NOT NULL,
    merged_into_id bigint,
    closure_outcome_id bigint,
    priority_due_at timestamp with time zone,
    unassessed_children_count integer NOT NULL,
    child_count integer DEFAULT 0 NOT NULL,
    complete_children_count integer DEFAULT 0 NOT NULL,
    reason_only_children_count integer DEFAULT 0 NOT NULL,
    sent_children_count integer DEFAULT 0 NOT NULL,
    voiced_children_count integer DEFAULT 0 NOT NULL,
    CONSTRAINT referrals_referral_child_count_check CHECK ((child_count >= 0)),
    CONSTRAINT referrals_referral_complete_children_count_check CHECK ((complete_children_count >= 0)),
    CONSTRAINT referrals_referral_reason_only_children_count_check CHECK ((reason_only_children_count >= 0)),
    CONSTRAINT referrals_referral_sent_children_count_check CHECK ((sent_children_count >= 0)),
    CONSTRAINT referrals_referral_unassessed_children_count_check CHECK ((unassessed_children_count >= 0)),
    CONSTRAINT referrals_referral_version_check CHECK ((version >= 0)),
    CONSTRAINT referrals_referral_voiced_children_count_check CHECK ((voiced_children_count >= 0))
);


--
-- Name: referrals_referral_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_referral ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_referral_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_referralattachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_referralattachment (
    id bigint NOT NULL,
    file character varying(100) NOT NULL,
    original_name character varying(200) NOT NULL,
    description character varying(300) NOT NULL,
    content_type character varying(100) NOT NULL,
    size integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    referral_id bigint NOT NULL,
    uploaded_by_id bigint NOT NULL,
    CONSTRAINT referrals_referralattachment_size_check CHECK ((size >= 0))
);


--
-- Name: referrals_referralattachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_referralattachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_referralattachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_referraldraft; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_referraldraft (
    id bigint NOT NULL,
    data jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    owner_id bigint NOT NULL,
    referral_id bigint,
    CONSTRAINT referrals_referraldraft_version_check CHECK ((version >= 0))
);


--
-- Name: referrals_referraldraft_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_referraldraft ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_referraldraft_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_referralevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_referralevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    reference character varying(20) NOT NULL,
    source character varying(10) NOT NULL,
    source_system character varying(50) NOT NULL,
    external_id character varying(100) NOT NULL,
    incident_reference character varying(50) NOT NULL,
    incident_at timestamp with time zone NOT NULL,
    location character varying(300) NOT NULL,
    postcode character varying(10) NOT NULL,
    routing_note character varying(300) NOT NULL,
    narrative text NOT NULL,
    officer_risk_view text NOT NULL,
    status character varying(30) NOT NULL,
    current_grade character varying(10) NOT NULL,
    provisional_grade character varying(10) NOT NULL,
    received_at timestamp with time zone NOT NULL,
    return_reason text NOT NULL,
    returned_at timestamp with time zone,
    allocated_to_id bigint,
    incident_type_id bigint NOT NULL,
    local_authority_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    returned_by_id bigint,
    submitted_by_id bigint NOT NULL,
    import_job_id bigint,
    source_reference character varying(100) NOT NULL,
    closed_at timestamp with time zone,
    closure_rationale text NOT NULL,
    merged_into_id bigint,
    closure_outcome_id bigint
);


--
-- Name: referrals_referralevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_referralevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_referralevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_referralsubject; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_referralsubject (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    school character varying(200) NOT NULL,
    gp character varying(200) NOT NULL,
    lives_at_address boolean,
    was_present boolean,
    witnessed boolean,
    was_injured boolean,
    parental_responsibility character varying(300) NOT NULL,
    parents_aware boolean,
    voice_of_child text NOT NULL,
    person_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    expected_date date,
    voice_not_captured_reason text NOT NULL,
    probable_long integer NOT NULL,
    probable_short integer NOT NULL,
    repeat_long integer NOT NULL,
    repeat_short integer NOT NULL,
    referral_area bigint,
    referral_incident_at timestamp with time zone,
    referral_merged boolean NOT NULL,
    CONSTRAINT referrals_referralsubject_probable_long_check CHECK ((probable_long >= 0)),
    CONSTRAINT referrals_referralsubject_probable_short_check CHECK ((probable_short >= 0)),
    CONSTRAINT referrals_referralsubject_repeat_long_check CHECK ((repeat_long >= 0)),
    CONSTRAINT referrals_referralsubject_repeat_short_check CHECK ((repeat_short >= 0))
);


--
-- Name: referrals_referralsubject_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_referralsubject ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_referralsubject_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_referralsubjectevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_referralsubjectevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    school character varying(200) NOT NULL,
    gp character varying(200) NOT NULL,
    lives_at_address boolean,
    was_present boolean,
    witnessed boolean,
    was_injured boolean,
    parental_responsibility character varying(300) NOT NULL,
    parents_aware boolean,
    voice_of_child text NOT NULL,
    voice_not_captured_reason text CONSTRAINT referrals_referralsubjecteve_voice_not_captured_reason_not_null NOT NULL,
    expected_date date,
    person_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    probable_long integer NOT NULL,
    probable_short integer NOT NULL,
    repeat_long integer NOT NULL,
    repeat_short integer NOT NULL,
    CONSTRAINT referrals_referralsubjectevent_probable_long_check CHECK ((probable_long >= 0)),
    CONSTRAINT referrals_referralsubjectevent_probable_short_check CHECK ((probable_short >= 0)),
    CONSTRAINT referrals_referralsubjectevent_repeat_long_check CHECK ((repeat_long >= 0)),
    CONSTRAINT referrals_referralsubjectevent_repeat_short_check CHECK ((repeat_short >= 0))
);


--
-- Name: referrals_referralsubjectevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_referralsubjectevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_referralsubjectevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_slaclock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_slaclock (
    id bigint NOT NULL,
    kind character varying(30) NOT NULL,
    grade_used character varying(10) NOT NULL,
    calendar character varying(20) NOT NULL,
    target_minutes integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    paused_minutes integer NOT NULL,
    warn_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    escalate_at timestamp with time zone NOT NULL,
    state character varying(20) NOT NULL,
    breached_at timestamp with time zone,
    met_at timestamp with time zone,
    achieved_minutes integer,
    margin_minutes integer,
    referral_id bigint,
    share_id bigint,
    policy_id bigint NOT NULL,
    isr_id bigint,
    breached_before_import boolean NOT NULL,
    stop_reason character varying(200) NOT NULL,
    escalated_levels smallint DEFAULT 0 NOT NULL,
    next_escalation_at timestamp with time zone GENERATED ALWAYS AS (
CASE
    WHEN (escalated_levels = 0) THEN warn_at
    WHEN (escalated_levels = 1) THEN due_at
    WHEN (escalated_levels = 2) THEN escalate_at
    ELSE NULL::timestamp with time zone
END) STORED,
    CONSTRAINT clock_has_referral_or_isr CHECK (((referral_id IS NOT NULL) OR (isr_id IS NOT NULL))),
    CONSTRAINT referrals_slaclock_escalated_levels_check CHECK ((escalated_levels >= 0)),
    CONSTRAINT referrals_slaclock_paused_minutes_check CHECK ((paused_minutes >= 0)),
    CONSTRAINT referrals_slaclock_target_minutes_check CHECK ((target_minutes >= 0))
);


--
-- Name: referrals_slaclock_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_slaclock ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_slaclock_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_slapolicyversion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_slapolicyversion (
    id bigint NOT NULL,
    number integer NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    CONSTRAINT referrals_slapolicyversion_number_check CHECK ((number >= 0))
);


--
-- Name: referrals_slapolicyversion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_slapolicyversion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_slapolicyversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_slapolicyversionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_slapolicyversionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    number integer NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT referrals_slapolicyversionevent_number_check CHECK ((number >= 0))
);


--
-- Name: referrals_slapolicyversionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_slapolicyversionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_slapolicyversionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_slatarget; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_slatarget (
    id bigint NOT NULL,
    kind character varying(30) NOT NULL,
    grade character varying(10) NOT NULL,
    calendar character varying(20) NOT NULL,
    minutes integer NOT NULL,
    policy_id bigint NOT NULL,
    CONSTRAINT referrals_slatarget_minutes_check CHECK ((minutes >= 0))
);


--
-- Name: referrals_slatarget_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_slatarget ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_slatarget_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_slatargetevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_slatargetevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    kind character varying(30) NOT NULL,
    grade character varying(10) NOT NULL,
    calendar character varying(20) NOT NULL,
    minutes integer NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    policy_id bigint NOT NULL,
    CONSTRAINT referrals_slatargetevent_minutes_check CHECK ((minutes >= 0))
);


--
-- Name: referrals_slatargetevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_slatargetevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_slatargetevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referrals_termdates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referrals_termdates (
    id bigint NOT NULL,
    first_day date NOT NULL,
    last_day date NOT NULL,
    local_authority_id bigint NOT NULL
);


--
-- Name: referrals_termdates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.referrals_termdates ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.referrals_termdates_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_areacontact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_areacontact (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    area_id bigint NOT NULL
);


--
-- Name: risk_areacontact_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_areacontact ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_areacontact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_childriskassessment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_childriskassessment (
    id bigint NOT NULL,
    status character varying(20) NOT NULL,
    proposed_grade character varying(10) NOT NULL,
    approved_grade character varying(10) NOT NULL,
    voice_of_child text NOT NULL,
    voice_not_captured_reason text NOT NULL,
    rationale text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    submitted_at timestamp with time zone,
    version integer NOT NULL,
    assessor_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    da_yes_codes character varying(60)[] NOT NULL,
    factor_codes character varying(60)[] NOT NULL,
    suggested_grade character varying(10) NOT NULL,
    suggested_score integer NOT NULL,
    suggestion jsonb NOT NULL,
    model_version_id bigint,
    CONSTRAINT risk_childriskassessment_version_check CHECK ((version >= 0))
);


--
-- Name: risk_childriskassessment_editors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_childriskassessment_editors (
    id bigint NOT NULL,
    childriskassessment_id bigint CONSTRAINT risk_childriskassessment_editor_childriskassessment_id_not_null NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: risk_childriskassessment_editors_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_childriskassessment_editors ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_childriskassessment_editors_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_childriskassessment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_childriskassessment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_childriskassessment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_childriskassessmentevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_childriskassessmentevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    status character varying(20) NOT NULL,
    proposed_grade character varying(10) NOT NULL,
    approved_grade character varying(10) NOT NULL,
    voice_of_child text NOT NULL,
    voice_not_captured_reason text CONSTRAINT risk_childriskassessmenteven_voice_not_captured_reason_not_null NOT NULL,
    rationale text NOT NULL,
    factor_codes character varying(60)[] NOT NULL,
    da_yes_codes character varying(60)[] NOT NULL,
    suggested_grade character varying(10) NOT NULL,
    suggested_score integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    submitted_at timestamp with time zone,
    assessor_id bigint NOT NULL,
    model_version_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    referral_id bigint NOT NULL,
    subject_id bigint NOT NULL
);


--
-- Name: risk_childriskassessmentevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_childriskassessmentevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_childriskassessmentevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_daquestion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_daquestion (
    id bigint NOT NULL,
    code character varying(60) NOT NULL,
    text character varying(300) NOT NULL,
    high_on_its_own boolean NOT NULL,
    display_order integer NOT NULL,
    version_id bigint NOT NULL,
    CONSTRAINT risk_daquestion_display_order_check CHECK ((display_order >= 0))
);


--
-- Name: risk_daquestion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_daquestion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_daquestion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_daquestionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_daquestionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    code character varying(60) NOT NULL,
    text character varying(300) NOT NULL,
    high_on_its_own boolean NOT NULL,
    display_order integer NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    version_id bigint NOT NULL,
    CONSTRAINT risk_daquestionevent_display_order_check CHECK ((display_order >= 0))
);


--
-- Name: risk_daquestionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_daquestionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_daquestionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_forcehighcombination; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_forcehighcombination (
    id bigint NOT NULL,
    label character varying(200) NOT NULL,
    factor_codes character varying(60)[] NOT NULL,
    version_id bigint NOT NULL
);


--
-- Name: risk_forcehighcombination_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_forcehighcombination ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_forcehighcombination_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_forcehighcombinationevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_forcehighcombinationevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    label character varying(200) NOT NULL,
    factor_codes character varying(60)[] NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    version_id bigint NOT NULL
);


--
-- Name: risk_forcehighcombinationevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_forcehighcombinationevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_forcehighcombinationevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_frontlinesetting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_frontlinesetting (
    id bigint NOT NULL,
    far_below_steps smallint NOT NULL,
    officer_sample_size smallint NOT NULL,
    CONSTRAINT risk_frontlinesetting_far_below_steps_check CHECK ((far_below_steps >= 0)),
    CONSTRAINT risk_frontlinesetting_officer_sample_size_check CHECK ((officer_sample_size >= 0))
);


--
-- Name: risk_frontlinesetting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_frontlinesetting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_frontlinesetting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_gradechange; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_gradechange (
    id bigint NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    from_grade character varying(10) NOT NULL,
    to_grade character varying(10) NOT NULL,
    reason text NOT NULL,
    source character varying(20) NOT NULL,
    changed_by_id bigint,
    referral_id bigint NOT NULL
);


--
-- Name: risk_gradechange_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_gradechange ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_gradechange_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_indicatorcatalogueversion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_indicatorcatalogueversion (
    id bigint NOT NULL,
    number integer NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    content jsonb NOT NULL,
    reread_total integer NOT NULL,
    reread_done integer NOT NULL,
    reread_started_at timestamp with time zone,
    reread_finished_at timestamp with time zone,
    created_by_id bigint,
    CONSTRAINT risk_indicatorcatalogueversion_number_check CHECK ((number >= 0)),
    CONSTRAINT risk_indicatorcatalogueversion_reread_done_check CHECK ((reread_done >= 0)),
    CONSTRAINT risk_indicatorcatalogueversion_reread_total_check CHECK ((reread_total >= 0))
);


--
-- Name: risk_indicatorcatalogueversion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_indicatorcatalogueversion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_indicatorcatalogueversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_officeraudit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_officeraudit (
    id bigint NOT NULL,
    grade_agreed boolean NOT NULL,
    status character varying(10) NOT NULL,
    completeness smallint,
    voice_of_child smallint,
    factors smallint,
    comments text NOT NULL,
    scored_at timestamp with time zone,
    officer_id bigint NOT NULL,
    reviewer_id bigint,
    round_id bigint NOT NULL,
    team_id bigint,
    submission_id bigint NOT NULL,
    area_id bigint NOT NULL,
    CONSTRAINT risk_officeraudit_completeness_check CHECK ((completeness >= 0)),
    CONSTRAINT risk_officeraudit_factors_check CHECK ((factors >= 0)),
    CONSTRAINT risk_officeraudit_voice_of_child_check CHECK ((voice_of_child >= 0))
);


--
-- Name: risk_officeraudit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_officeraudit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_officeraudit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_officerfeedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_officerfeedback (
    id bigint NOT NULL,
    kind character varying(10) NOT NULL,
    message text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    officer_id bigint NOT NULL,
    outbox_id bigint,
    referral_id bigint NOT NULL,
    sender_id bigint NOT NULL
);


--
-- Name: risk_officerfeedback_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_officerfeedback ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_officerfeedback_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_officerposting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_officerposting (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    area_id bigint NOT NULL
);


--
-- Name: risk_officerposting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_officerposting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_officerposting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_officersubmission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_officersubmission (
    id bigint NOT NULL,
    grade character varying(10) NOT NULL,
    factor_codes character varying(60)[] NOT NULL,
    voice_of_child text NOT NULL,
    voice_not_captured_reason text NOT NULL,
    rationale text NOT NULL,
    complete boolean NOT NULL,
    voice_captured boolean NOT NULL,
    saved_at timestamp with time zone NOT NULL,
    assessment_id bigint NOT NULL,
    officer_id bigint NOT NULL,
    referral_id bigint NOT NULL
);


--
-- Name: risk_officersubmission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_officersubmission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_officersubmission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_policingarea; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_policingarea (
    id bigint NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: risk_policingarea_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_policingarea ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_policingarea_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_policingareacover; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_policingareacover (
    id bigint NOT NULL,
    area_id bigint NOT NULL,
    local_authority_id bigint NOT NULL
);


--
-- Name: risk_policingareacover_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_policingareacover ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_policingareacover_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_qualityaudit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_qualityaudit (
    id bigint NOT NULL,
    kind character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    completeness smallint,
    voice_of_child smallint,
    rationale smallint,
    grade_agreed boolean,
    comments text NOT NULL,
    scored_at timestamp with time zone,
    assessment_id bigint NOT NULL,
    assessor_id bigint NOT NULL,
    local_authority_id bigint,
    reviewer_id bigint,
    reviewer_agency_id bigint,
    share_id bigint,
    round_id bigint NOT NULL,
    team_id bigint,
    CONSTRAINT risk_qualityaudit_completeness_check CHECK ((completeness >= 0)),
    CONSTRAINT risk_qualityaudit_rationale_check CHECK ((rationale >= 0)),
    CONSTRAINT risk_qualityaudit_voice_of_child_check CHECK ((voice_of_child >= 0))
);


--
-- Name: risk_qualityaudit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_qualityaudit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_qualityaudit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_qualityauditround; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_qualityauditround (
    id bigint NOT NULL,
    month date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint
);


--
-- Name: risk_qualityauditround_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_qualityauditround ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_qualityauditround_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_qualityauditsetting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_qualityauditsetting (
    id bigint NOT NULL,
    sample_size smallint NOT NULL,
    local_authority_id bigint,
    CONSTRAINT risk_qualityauditsetting_sample_size_check CHECK ((sample_size >= 0))
);


--
-- Name: risk_qualityauditsetting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_qualityauditsetting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_qualityauditsetting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_qualityteam; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_qualityteam (
    id bigint NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: risk_qualityteam_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_qualityteam ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_qualityteam_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_qualityteammember; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_qualityteammember (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: risk_qualityteammember_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_qualityteammember ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_qualityteammember_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_riskfactor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_riskfactor (
    id bigint NOT NULL,
    code character varying(60) NOT NULL,
    "group" character varying(20) NOT NULL,
    label character varying(200) NOT NULL,
    guidance text NOT NULL,
    weight integer NOT NULL,
    forces_high boolean NOT NULL,
    display_order integer NOT NULL,
    version_id bigint NOT NULL,
    CONSTRAINT risk_riskfactor_display_order_check CHECK ((display_order >= 0))
);


--
-- Name: risk_riskfactor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_riskfactor ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_riskfactor_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_riskfactorevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_riskfactorevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    code character varying(60) NOT NULL,
    "group" character varying(20) NOT NULL,
    label character varying(200) NOT NULL,
    guidance text NOT NULL,
    weight integer NOT NULL,
    forces_high boolean NOT NULL,
    display_order integer NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    version_id bigint NOT NULL,
    CONSTRAINT risk_riskfactorevent_display_order_check CHECK ((display_order >= 0))
);


--
-- Name: risk_riskfactorevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_riskfactorevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_riskfactorevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_riskmodelversion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_riskmodelversion (
    id bigint NOT NULL,
    number integer NOT NULL,
    medium_threshold integer NOT NULL,
    high_threshold integer NOT NULL,
    da_medium_min integer NOT NULL,
    da_high_min integer NOT NULL,
    supervision_sample_percent smallint NOT NULL,
    repeat_short_count smallint NOT NULL,
    repeat_short_days smallint NOT NULL,
    repeat_long_count smallint NOT NULL,
    repeat_long_days smallint NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    CONSTRAINT risk_riskmodelversion_da_high_min_check CHECK ((da_high_min >= 0)),
    CONSTRAINT risk_riskmodelversion_da_medium_min_check CHECK ((da_medium_min >= 0)),
    CONSTRAINT risk_riskmodelversion_high_threshold_check CHECK ((high_threshold >= 0)),
    CONSTRAINT risk_riskmodelversion_medium_threshold_check CHECK ((medium_threshold >= 0)),
    CONSTRAINT risk_riskmodelversion_number_check CHECK ((number >= 0)),
    CONSTRAINT risk_riskmodelversion_repeat_long_count_check CHECK ((repeat_long_count >= 0)),
    CONSTRAINT risk_riskmodelversion_repeat_long_days_check CHECK ((repeat_long_days >= 0)),
    CONSTRAINT risk_riskmodelversion_repeat_short_count_check CHECK ((repeat_short_count >= 0)),
    CONSTRAINT risk_riskmodelversion_repeat_short_days_check CHECK ((repeat_short_days >= 0)),
    CONSTRAINT risk_riskmodelversion_supervision_sample_percent_check CHECK ((supervision_sample_percent >= 0))
);


--
-- Name: risk_riskmodelversion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_riskmodelversion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_riskmodelversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_riskmodelversionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_riskmodelversionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    number integer NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    medium_threshold integer NOT NULL,
    high_threshold integer NOT NULL,
    da_medium_min integer NOT NULL,
    da_high_min integer NOT NULL,
    supervision_sample_percent smallint NOT NULL,
    repeat_short_count smallint NOT NULL,
    repeat_short_days smallint NOT NULL,
    repeat_long_count smallint NOT NULL,
    repeat_long_days smallint NOT NULL,
    created_by_id bigint,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    CONSTRAINT risk_riskmodelversionevent_da_high_min_check CHECK ((da_high_min >= 0)),
    CONSTRAINT risk_riskmodelversionevent_da_medium_min_check CHECK ((da_medium_min >= 0)),
    CONSTRAINT risk_riskmodelversionevent_high_threshold_check CHECK ((high_threshold >= 0)),
    CONSTRAINT risk_riskmodelversionevent_medium_threshold_check CHECK ((medium_threshold >= 0)),
    CONSTRAINT risk_riskmodelversionevent_number_check CHECK ((number >= 0)),
    CONSTRAINT risk_riskmodelversionevent_repeat_long_count_check CHECK ((repeat_long_count >= 0)),
    CONSTRAINT risk_riskmodelversionevent_repeat_long_days_check CHECK ((repeat_long_days >= 0)),
    CONSTRAINT risk_riskmodelversionevent_repeat_short_count_check CHECK ((repeat_short_count >= 0)),
    CONSTRAINT risk_riskmodelversionevent_repeat_short_days_check CHECK ((repeat_short_days >= 0)),
    CONSTRAINT risk_riskmodelversionevent_supervision_sample_percent_check CHECK ((supervision_sample_percent >= 0))
);


--
-- Name: risk_riskmodelversionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_riskmodelversionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_riskmodelversionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_risksignal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_risksignal (
    id bigint NOT NULL,
    indicator character varying(60) NOT NULL,
    label character varying(200) NOT NULL,
    pattern character varying(60) NOT NULL,
    certainty character varying(20) NOT NULL,
    acting boolean NOT NULL,
    field character varying(120) NOT NULL,
    text character varying(300) NOT NULL,
    sentence text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    read_at timestamp with time zone NOT NULL,
    referral_id bigint NOT NULL,
    version_id bigint NOT NULL,
    CONSTRAINT risk_risksignal_end_check CHECK (("end" >= 0)),
    CONSTRAINT risk_risksignal_start_check CHECK ((start >= 0))
);


--
-- Name: risk_risksignal_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_risksignal ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_risksignal_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_supervisordecision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_supervisordecision (
    id bigint NOT NULL,
    decision character varying(10) NOT NULL,
    from_grade character varying(10) NOT NULL,
    grade character varying(10) NOT NULL,
    rationale text NOT NULL,
    decided_at timestamp with time zone NOT NULL,
    assessment_version integer NOT NULL,
    assessment_id bigint NOT NULL,
    supervisor_id bigint,
    CONSTRAINT risk_supervisordecision_assessment_version_check CHECK ((assessment_version >= 0))
);


--
-- Name: risk_supervisordecision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_supervisordecision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_supervisordecision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_supervisordecisionevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_supervisordecisionevent (
    pgh_id integer NOT NULL,
    pgh_created_at timestamp with time zone NOT NULL,
    pgh_label text NOT NULL,
    id bigint NOT NULL,
    decision character varying(10) NOT NULL,
    from_grade character varying(10) NOT NULL,
    grade character varying(10) NOT NULL,
    rationale text NOT NULL,
    decided_at timestamp with time zone NOT NULL,
    assessment_version integer NOT NULL,
    assessment_id bigint NOT NULL,
    pgh_context_id uuid,
    pgh_obj_id bigint NOT NULL,
    supervisor_id bigint,
    CONSTRAINT risk_supervisordecisionevent_assessment_version_check CHECK ((assessment_version >= 0))
);


--
-- Name: risk_supervisordecisionevent_pgh_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_supervisordecisionevent ALTER COLUMN pgh_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_supervisordecisionevent_pgh_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: risk_undergradingflag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_undergradingflag (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    key character varying(120) NOT NULL,
    reason text NOT NULL,
    matches jsonb NOT NULL,
    status character varying(20) NOT NULL,
    raised_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone,
    resolution text NOT NULL,
    referral_id bigint NOT NULL,
    resolved_by_id bigint,
    patterns character varying(60)[] NOT NULL
);


--
-- Name: risk_undergradingflag_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.risk_undergradingflag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.risk_undergradingflag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: vhub_configurationversion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vhub_configurationversion (
    id bigint NOT NULL,
    number bigint NOT NULL
);


--
-- Name: vhub_configurationversion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.vhub_configurationversion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.vhub_configurationversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: vhub_heartbeat; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vhub_heartbeat (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    beat_at timestamp with time zone NOT NULL
);


--
-- Name: vhub_heartbeat_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.vhub_heartbeat ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.vhub_heartbeat_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: accounts_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, agency_id, session_generation, oidc_subject) FROM stdin;
\.


--
-- Data for Name: accounts_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_user_groups (id, user_id, group_id) FROM stdin;
\.


--
-- Data for Name: accounts_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_user_user_permissions (id, user_id, permission_id) FROM stdin;
\.


--
-- Data for Name: audit_auditcheckpoint; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_auditcheckpoint (id, created_at, last_event_id, event_count, head_hash, reason, key_id, signature) FROM stdin;
\.


--
-- Data for Name: audit_auditevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_auditevent (id, occurred_at, actor_label, action, object_type, object_id, ip, user_agent, details, prev_hash, hash, actor_id, agency_id, referral_id) FROM stdin;
\.


--
-- Data for Name: audit_retentionreview; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_retentionreview (id, ended_at, review_due, basis, status, decided_at, reason, decided_by_id, referral_id) FROM stdin;
\.


--
-- Data for Name: audit_retentionrule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_retentionrule (id, grade, outcome, years, note) FROM stdin;
1			6	Default: review 6 years after the referral ended (APP Information Management, Management of Police Information, group 3).
2	high		10	A child graded high risk: review 10 years after the referral ended (MoPI group 2, public protection).
\.


--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group (id, name) FROM stdin;
1	agency:police-vhub
2	agency:herefordshire-cs
3	agency:shropshire-cs
4	agency:telford-wrekin-cs
5	agency:worcestershire-cs
6	agency:marac
7	officer
8	practitioner
9	supervisor
10	manager
11	partner_user
12	partner_lead
13	auditor
14	admin
15	area_spoc
\.


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group_permissions (id, group_id, permission_id) FROM stdin;
\.


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_permission (id, name, content_type_id, codename) FROM stdin;
1	Can add log entry	1	add_logentry
2	Can change log entry	1	change_logentry
3	Can delete log entry	1	delete_logentry
4	Can view log entry	1	view_logentry
5	Can add permission	2	add_permission
6	Can change permission	2	change_permission
7	Can delete permission	2	delete_permission
8	Can view permission	2	view_permission
9	Can add group	3	add_group
10	Can change group	3	change_group
11	Can delete group	3	delete_group
12	Can view group	3	view_group
13	Can add content type	4	add_contenttype
14	Can change content type	4	change_contenttype
15	Can delete content type	4	delete_contenttype
16	Can view content type	4	view_contenttype
17	Can add session	5	add_session
18	Can change session	5	change_session
19	Can delete session	5	delete_session
20	Can view session	5	view_session
21	Can add group object permission	6	add_groupobjectpermission
22	Can change group object permission	6	change_groupobjectpermission
23	Can delete group object permission	6	delete_groupobjectpermission
24	Can view group object permission	6	view_groupobjectpermission
25	Can add user object permission	7	add_userobjectpermission
26	Can change user object permission	7	change_userobjectpermission
27	Can delete user object permission	7	delete_userobjectpermission
28	Can view user object permission	7	view_userobjectpermission
29	Can add context	8	add_context
30	Can change context	8	change_context
31	Can delete context	8	delete_context
32	Can view context	8	view_context
33	Can add events	9	add_events
34	Can change events	9	change_events
35	Can delete events	9	delete_events
36	Can view events	9	view_events
37	Can add middleware events	10	add_middlewareevents
38	Can change middleware events	10	change_middlewareevents
39	Can delete middleware events	10	delete_middlewareevents
40	Can view middleware events	10	view_middlewareevents
41	Can add access attempt	11	add_accessattempt
42	Can change access attempt	11	change_accessattempt
43	Can delete access attempt	11	delete_accessattempt
44	Can view access attempt	11	view_accessattempt
45	Can add access log	12	add_accesslog
46	Can change access log	12	change_accesslog
47	Can delete access log	12	delete_accesslog
48	Can view access log	12	view_accesslog
49	Can add access failure	13	add_accessfailurelog
50	Can change access failure	13	change_accessfailurelog
51	Can delete access failure	13	delete_accessfailurelog
52	Can view access failure	13	view_accessfailurelog
53	Can add access attempt expiration	14	add_accessattemptexpiration
54	Can change access attempt expiration	14	change_accessattemptexpiration
55	Can delete access attempt expiration	14	delete_accessattemptexpiration
56	Can view access attempt expiration	14	view_accessattemptexpiration
57	Can add TOTP device	15	add_totpdevice
58	Can change TOTP device	15	change_totpdevice
59	Can delete TOTP device	15	delete_totpdevice
60	Can view TOTP device	15	view_totpdevice
61	Can add static device	16	add_staticdevice
62	Can change static device	16	change_staticdevice
63	Can delete static device	16	delete_staticdevice
64	Can view static device	16	view_staticdevice
65	Can add static token	17	add_statictoken
66	Can change static token	17	change_statictoken
67	Can delete static token	17	delete_statictoken
68	Can view static token	17	view_statictoken
69	Can add heartbeat	18	add_heartbeat
70	Can change heartbeat	18	change_heartbeat
71	Can delete heartbeat	18	delete_heartbeat
72	Can view heartbeat	18	view_heartbeat
73	Can add agency	19	add_agency
74	Can change agency	19	change_agency
75	Can delete agency	19	delete_agency
76	Can view agency	19	view_agency
77	Can add configuration version	20	add_configurationversion
78	Can change configuration version	20	change_configurationversion
79	Can delete configuration version	20	delete_configurationversion
80	Can view configuration version	20	view_configurationversion
81	Can add user	21	add_user
82	Can change user	21	change_user
83	Can delete user	21	delete_user
84	Can view user	21	view_user
85	Can add audit event	22	add_auditevent
86	Can change audit event	22	change_auditevent
87	Can delete audit event	22	delete_auditevent
88	Can view audit event	22	view_auditevent
89	Can add retention rule	23	add_retentionrule
90	Can change retention rule	23	change_retentionrule
91	Can delete retention rule	23	delete_retentionrule
92	Can view retention rule	23	view_retentionrule
93	Can add retention review	24	add_retentionreview
94	Can change retention review	24	change_retentionreview
95	Can delete retention review	24	delete_retentionreview
96	Can view retention review	24	view_retentionreview
97	Can add audit checkpoint	25	add_auditcheckpoint
98	Can change audit checkpoint	25	change_auditcheckpoint
99	Can delete audit checkpoint	25	delete_auditcheckpoint
100	Can view audit checkpoint	25	view_auditcheckpoint
101	Can add share group object permission	26	add_sharegroupobjectpermission
102	Can change share group object permission	26	change_sharegroupobjectpermission
103	Can delete share group object permission	26	delete_sharegroupobjectpermission
104	Can view share group object permission	26	view_sharegroupobjectpermission
105	Can add share user object permission	27	add_shareuserobjectpermission
106	Can change share user object permission	27	change_shareuserobjectpermission
107	Can delete share user object permission	27	delete_shareuserobjectpermission
108	Can view share user object permission	27	view_shareuserobjectpermission
109	Can add share	28	add_share
110	Can change share	28	change_share
111	Can delete share	28	delete_share
112	Can view share	28	view_share
113	Can add information request	29	add_informationrequest
114	Can change information request	29	change_informationrequest
115	Can delete information request	29	delete_informationrequest
116	Can view information request	29	view_informationrequest
117	Can add isr attachment	30	add_israttachment
118	Can change isr attachment	30	change_israttachment
119	Can delete isr attachment	30	delete_israttachment
120	Can view isr attachment	30	view_israttachment
121	Can add share response	31	add_shareresponse
122	Can change share response	31	change_shareresponse
123	Can delete share response	31	delete_shareresponse
124	Can view share response	31	view_shareresponse
125	Can add share message	32	add_sharemessage
126	Can change share message	32	change_sharemessage
127	Can delete share message	32	delete_sharemessage
128	Can view share message	32	view_sharemessage
129	Can add marac meeting	33	add_maracmeeting
130	Can change marac meeting	33	change_maracmeeting
131	Can delete marac meeting	33	delete_maracmeeting
132	Can view marac meeting	33	view_maracmeeting
133	Can add encompass notice	34	add_encompassnotice
134	Can change encompass notice	34	change_encompassnotice
135	Can delete encompass notice	34	delete_encompassnotice
136	Can view encompass notice	34	view_encompassnotice
137	Can add share authorisation rule	35	add_shareauthorisationrule
138	Can change share authorisation rule	35	change_shareauthorisationrule
139	Can delete share authorisation rule	35	delete_shareauthorisationrule
140	Can view share authorisation rule	35	view_shareauthorisationrule
141	Can add marac referral	36	add_maracreferral
142	Can change marac referral	36	change_maracreferral
143	Can delete marac referral	36	delete_maracreferral
144	Can view marac referral	36	view_maracreferral
145	Can add share event	37	add_shareevent
146	Can change share event	37	change_shareevent
147	Can delete share event	37	delete_shareevent
148	Can view share event	37	view_shareevent
149	Can add notice preference	38	add_noticepreference
150	Can change notice preference	38	change_noticepreference
151	Can delete notice preference	38	delete_noticepreference
152	Can view notice preference	38	view_noticepreference
153	Can add partner notice	39	add_partnernotice
154	Can change partner notice	39	change_partnernotice
155	Can delete partner notice	39	delete_partnernotice
156	Can view partner notice	39	view_partnernotice
157	Can add partner system	40	add_partnersystem
158	Can change partner system	40	change_partnersystem
159	Can delete partner system	40	delete_partnersystem
160	Can view partner system	40	view_partnersystem
161	Can add webhook delivery	41	add_webhookdelivery
162	Can change webhook delivery	41	change_webhookdelivery
163	Can delete webhook delivery	41	delete_webhookdelivery
164	Can view webhook delivery	41	view_webhookdelivery
165	Can add webhook attempt	42	add_webhookattempt
166	Can change webhook attempt	42	change_webhookattempt
167	Can delete webhook attempt	42	delete_webhookattempt
168	Can view webhook attempt	42	view_webhookattempt
169	Can add webhook event	43	add_webhookevent
170	Can change webhook event	43	change_webhookevent
171	Can delete webhook event	43	delete_webhookevent
172	Can view webhook event	43	view_webhookevent
173	Can add webhook subscription	44	add_webhooksubscription
174	Can change webhook subscription	44	change_webhooksubscription
175	Can delete webhook subscription	44	delete_webhooksubscription
176	Can view webhook subscription	44	view_webhooksubscription
177	Can add share message attachment	45	add_sharemessageattachment
178	Can change share message attachment	45	change_sharemessageattachment
179	Can delete share message attachment	45	delete_sharemessageattachment
180	Can view share message attachment	45	view_sharemessageattachment
181	Can add share attachment	46	add_shareattachment
182	Can change share attachment	46	change_shareattachment
183	Can delete share attachment	46	delete_shareattachment
184	Can view share attachment	46	view_shareattachment
185	Can add incident type	47	add_incidenttype
186	Can change incident type	47	change_incidenttype
187	Can delete incident type	47	delete_incidenttype
188	Can view incident type	47	view_incidenttype
189	Can add person	48	add_person
190	Can change person	48	change_person
191	Can delete person	48	delete_person
192	Can view person	48	view_person
193	Can add referral	49	add_referral
194	Can change referral	49	change_referral
195	Can delete referral	49	delete_referral
196	Can view referral	49	view_referral
197	Can add referral subject	50	add_referralsubject
198	Can change referral subject	50	change_referralsubject
199	Can delete referral subject	50	delete_referralsubject
200	Can view referral subject	50	view_referralsubject
201	Can add closure day	51	add_closureday
202	Can change closure day	51	change_closureday
203	Can delete closure day	51	delete_closureday
204	Can view closure day	51	view_closureday
205	Can add sla clock	52	add_slaclock
206	Can change sla clock	52	change_slaclock
207	Can delete sla clock	52	delete_slaclock
208	Can view sla clock	52	view_slaclock
209	Can add escalation	53	add_escalation
210	Can change escalation	53	change_escalation
211	Can delete escalation	53	delete_escalation
212	Can view escalation	53	view_escalation
213	Can add sla policy version	54	add_slapolicyversion
214	Can change sla policy version	54	change_slapolicyversion
215	Can delete sla policy version	54	delete_slapolicyversion
216	Can view sla policy version	54	view_slapolicyversion
217	Can add sla target	55	add_slatarget
218	Can change sla target	55	change_slatarget
219	Can delete sla target	55	delete_slatarget
220	Can view sla target	55	view_slatarget
221	Can add term dates	56	add_termdates
222	Can change term dates	56	change_termdates
223	Can delete term dates	56	delete_termdates
224	Can view term dates	56	view_termdates
225	Can add notification	57	add_notification
226	Can change notification	57	change_notification
227	Can delete notification	57	delete_notification
228	Can view notification	57	view_notification
229	Can add outbox message	58	add_outboxmessage
230	Can change outbox message	58	change_outboxmessage
231	Can delete outbox message	58	delete_outboxmessage
232	Can view outbox message	58	view_outboxmessage
233	Can add priority weight	59	add_priorityweight
234	Can change priority weight	59	change_priorityweight
235	Can delete priority weight	59	delete_priorityweight
236	Can view priority weight	59	view_priorityweight
237	Can add person match	60	add_personmatch
238	Can change person match	60	change_personmatch
239	Can delete person match	60	delete_personmatch
240	Can view person match	60	view_personmatch
241	Can add integration client	61	add_integrationclient
242	Can change integration client	61	change_integrationclient
243	Can delete integration client	61	delete_integrationclient
244	Can view integration client	61	view_integrationclient
245	Can add postcode district	62	add_postcodedistrict
246	Can change postcode district	62	change_postcodedistrict
247	Can delete postcode district	62	delete_postcodedistrict
248	Can view postcode district	62	view_postcodedistrict
249	Can add import job	63	add_importjob
250	Can change import job	63	change_importjob
251	Can delete import job	63	delete_importjob
252	Can view import job	63	view_importjob
253	Can add referral draft	64	add_referraldraft
254	Can change referral draft	64	change_referraldraft
255	Can delete referral draft	64	delete_referraldraft
256	Can view referral draft	64	view_referraldraft
257	Can add closure day event	65	add_closuredayevent
258	Can change closure day event	65	change_closuredayevent
259	Can delete closure day event	65	delete_closuredayevent
260	Can view closure day event	65	view_closuredayevent
261	Can add referral event	66	add_referralevent
262	Can change referral event	66	change_referralevent
263	Can delete referral event	66	delete_referralevent
264	Can view referral event	66	view_referralevent
265	Can add referral subject event	67	add_referralsubjectevent
266	Can change referral subject event	67	change_referralsubjectevent
267	Can delete referral subject event	67	delete_referralsubjectevent
268	Can view referral subject event	67	view_referralsubjectevent
269	Can add sla policy version event	68	add_slapolicyversionevent
270	Can change sla policy version event	68	change_slapolicyversionevent
271	Can delete sla policy version event	68	delete_slapolicyversionevent
272	Can view sla policy version event	68	view_slapolicyversionevent
273	Can add sla target event	69	add_slatargetevent
274	Can change sla target event	69	change_slatargetevent
275	Can delete sla target event	69	delete_slatargetevent
276	Can view sla target event	69	view_slatargetevent
277	Can add import digest	70	add_importdigest
278	Can change import digest	70	change_importdigest
279	Can delete import digest	70	delete_importdigest
280	Can view import digest	70	view_importdigest
281	Can add match thresholds	71	add_matchthresholds
282	Can change match thresholds	71	change_matchthresholds
283	Can delete match thresholds	71	delete_matchthresholds
284	Can view match thresholds	71	view_matchthresholds
285	Can add match thresholds event	72	add_matchthresholdsevent
286	Can change match thresholds event	72	change_matchthresholdsevent
287	Can delete match thresholds event	72	delete_matchthresholdsevent
288	Can view match thresholds event	72	view_matchthresholdsevent
289	Can add closure outcome	73	add_closureoutcome
290	Can change closure outcome	73	change_closureoutcome
291	Can delete closure outcome	73	delete_closureoutcome
292	Can view closure outcome	73	view_closureoutcome
293	Can add closure request	74	add_closurerequest
294	Can change closure request	74	change_closurerequest
295	Can delete closure request	74	delete_closurerequest
296	Can view closure request	74	view_closurerequest
297	Can add duty rota	75	add_dutyrota
298	Can change duty rota	75	change_dutyrota
299	Can delete duty rota	75	delete_dutyrota
300	Can view duty rota	75	view_dutyrota
301	Can add note kind	76	add_notekind
302	Can change note kind	76	change_notekind
303	Can delete note kind	76	delete_notekind
304	Can view note kind	76	view_notekind
305	Can add case note	77	add_casenote
306	Can change case note	77	change_casenote
307	Can delete case note	77	delete_casenote
308	Can view case note	77	view_casenote
309	Can add case note event	78	add_casenoteevent
310	Can change case note event	78	change_casenoteevent
311	Can delete case note event	78	delete_casenoteevent
312	Can view case note event	78	view_casenoteevent
313	Can add referral attachment	79	add_referralattachment
314	Can change referral attachment	79	change_referralattachment
315	Can delete referral attachment	79	delete_referralattachment
316	Can view referral attachment	79	view_referralattachment
317	Can add person name	80	add_personname
318	Can change person name	80	change_personname
319	Can delete person name	80	delete_personname
320	Can view person name	80	view_personname
321	Can add child risk assessment	81	add_childriskassessment
322	Can change child risk assessment	81	change_childriskassessment
323	Can delete child risk assessment	81	delete_childriskassessment
324	Can view child risk assessment	81	view_childriskassessment
325	Can add supervisor decision	82	add_supervisordecision
326	Can change supervisor decision	82	change_supervisordecision
327	Can delete supervisor decision	82	delete_supervisordecision
328	Can view supervisor decision	82	view_supervisordecision
329	Can add grade change	83	add_gradechange
330	Can change grade change	83	change_gradechange
331	Can delete grade change	83	delete_gradechange
332	Can view grade change	83	view_gradechange
333	Can add risk model version	84	add_riskmodelversion
334	Can change risk model version	84	change_riskmodelversion
335	Can delete risk model version	84	delete_riskmodelversion
336	Can view risk model version	84	view_riskmodelversion
337	Can add force high combination	85	add_forcehighcombination
338	Can change force high combination	85	change_forcehighcombination
339	Can delete force high combination	85	delete_forcehighcombination
340	Can view force high combination	85	view_forcehighcombination
341	Can add risk factor	86	add_riskfactor
342	Can change risk factor	86	change_riskfactor
343	Can delete risk factor	86	delete_riskfactor
344	Can view risk factor	86	view_riskfactor
345	Can add da question	87	add_daquestion
346	Can change da question	87	change_daquestion
347	Can delete da question	87	delete_daquestion
348	Can view da question	87	view_daquestion
349	Can add under grading flag	88	add_undergradingflag
350	Can change under grading flag	88	change_undergradingflag
351	Can delete under grading flag	88	delete_undergradingflag
352	Can view under grading flag	88	view_undergradingflag
353	Can add quality team	89	add_qualityteam
354	Can change quality team	89	change_qualityteam
355	Can delete quality team	89	delete_qualityteam
356	Can view quality team	89	view_qualityteam
357	Can add quality audit round	90	add_qualityauditround
358	Can change quality audit round	90	change_qualityauditround
359	Can delete quality audit round	90	delete_qualityauditround
360	Can view quality audit round	90	view_qualityauditround
361	Can add quality team member	91	add_qualityteammember
362	Can change quality team member	91	change_qualityteammember
363	Can delete quality team member	91	delete_qualityteammember
364	Can view quality team member	91	view_qualityteammember
365	Can add quality audit setting	92	add_qualityauditsetting
366	Can change quality audit setting	92	change_qualityauditsetting
367	Can delete quality audit setting	92	delete_qualityauditsetting
368	Can view quality audit setting	92	view_qualityauditsetting
369	Can add quality audit	93	add_qualityaudit
370	Can change quality audit	93	change_qualityaudit
371	Can delete quality audit	93	delete_qualityaudit
372	Can view quality audit	93	view_qualityaudit
373	Can add child risk assessment event	94	add_childriskassessmentevent
374	Can change child risk assessment event	94	change_childriskassessmentevent
375	Can delete child risk assessment event	94	delete_childriskassessmentevent
376	Can view child risk assessment event	94	view_childriskassessmentevent
377	Can add da question event	95	add_daquestionevent
378	Can change da question event	95	change_daquestionevent
379	Can delete da question event	95	delete_daquestionevent
380	Can view da question event	95	view_daquestionevent
381	Can add force high combination event	96	add_forcehighcombinationevent
382	Can change force high combination event	96	change_forcehighcombinationevent
383	Can delete force high combination event	96	delete_forcehighcombinationevent
384	Can view force high combination event	96	view_forcehighcombinationevent
385	Can add risk factor event	97	add_riskfactorevent
386	Can change risk factor event	97	change_riskfactorevent
387	Can delete risk factor event	97	delete_riskfactorevent
388	Can view risk factor event	97	view_riskfactorevent
389	Can add risk model version event	98	add_riskmodelversionevent
390	Can change risk model version event	98	change_riskmodelversionevent
391	Can delete risk model version event	98	delete_riskmodelversionevent
392	Can view risk model version event	98	view_riskmodelversionevent
393	Can add supervisor decision event	99	add_supervisordecisionevent
394	Can change supervisor decision event	99	change_supervisordecisionevent
395	Can delete supervisor decision event	99	delete_supervisordecisionevent
396	Can view supervisor decision event	99	view_supervisordecisionevent
397	Can add indicator catalogue version	100	add_indicatorcatalogueversion
398	Can change indicator catalogue version	100	change_indicatorcatalogueversion
399	Can delete indicator catalogue version	100	delete_indicatorcatalogueversion
400	Can view indicator catalogue version	100	view_indicatorcatalogueversion
401	Can add risk signal	101	add_risksignal
402	Can change risk signal	101	change_risksignal
403	Can delete risk signal	101	delete_risksignal
404	Can view risk signal	101	view_risksignal
405	Can add frontline setting	102	add_frontlinesetting
406	Can change frontline setting	102	change_frontlinesetting
407	Can delete frontline setting	102	delete_frontlinesetting
408	Can view frontline setting	102	view_frontlinesetting
409	Can add policing area	103	add_policingarea
410	Can change policing area	103	change_policingarea
411	Can delete policing area	103	delete_policingarea
412	Can view policing area	103	view_policingarea
413	Can add officer submission	104	add_officersubmission
414	Can change officer submission	104	change_officersubmission
415	Can delete officer submission	104	delete_officersubmission
416	Can view officer submission	104	view_officersubmission
417	Can add officer posting	105	add_officerposting
418	Can change officer posting	105	change_officerposting
419	Can delete officer posting	105	delete_officerposting
420	Can view officer posting	105	view_officerposting
421	Can add officer audit	106	add_officeraudit
422	Can change officer audit	106	change_officeraudit
423	Can delete officer audit	106	delete_officeraudit
424	Can view officer audit	106	view_officeraudit
425	Can add area contact	107	add_areacontact
426	Can change area contact	107	change_areacontact
427	Can delete area contact	107	delete_areacontact
428	Can view area contact	107	view_areacontact
429	Can add policing area cover	108	add_policingareacover
430	Can change policing area cover	108	change_policingareacover
431	Can delete policing area cover	108	delete_policingareacover
432	Can view policing area cover	108	view_policingareacover
433	Can add officer feedback	109	add_officerfeedback
434	Can change officer feedback	109	change_officerfeedback
435	Can delete officer feedback	109	delete_officerfeedback
436	Can view officer feedback	109	view_officerfeedback
437	Can add daily report delivery	110	add_dailyreportdelivery
438	Can change daily report delivery	110	change_dailyreportdelivery
439	Can delete daily report delivery	110	delete_dailyreportdelivery
440	Can view daily report delivery	110	view_dailyreportdelivery
441	Can add capacity alert	111	add_capacityalert
442	Can change capacity alert	111	change_capacityalert
443	Can delete capacity alert	111	delete_capacityalert
444	Can view capacity alert	111	view_capacityalert
445	Can add capacity settings	112	add_capacitysettings
446	Can change capacity settings	112	change_capacitysettings
447	Can delete capacity settings	112	delete_capacitysettings
448	Can view capacity settings	112	view_capacitysettings
449	Can add absence	113	add_absence
450	Can change absence	113	change_absence
451	Can delete absence	113	delete_absence
452	Can view absence	113	view_absence
453	Can add roster hours	114	add_rosterhours
454	Can change roster hours	114	change_rosterhours
455	Can delete roster hours	114	delete_rosterhours
456	Can view roster hours	114	view_rosterhours
457	Can add statistics coverage	115	add_statisticscoverage
458	Can change statistics coverage	115	change_statisticscoverage
459	Can delete statistics coverage	115	delete_statisticscoverage
460	Can view statistics coverage	115	view_statisticscoverage
461	Can add daily compliance	116	add_dailycompliance
462	Can change daily compliance	116	change_dailycompliance
463	Can delete daily compliance	116	delete_dailycompliance
464	Can view daily compliance	116	view_dailycompliance
465	Can add daily flow	117	add_dailyflow
466	Can change daily flow	117	change_dailyflow
467	Can delete daily flow	117	delete_dailyflow
468	Can view daily flow	117	view_dailyflow
469	Can add teams channel	118	add_teamschannel
470	Can change teams channel	118	change_teamschannel
471	Can delete teams channel	118	delete_teamschannel
472	Can view teams channel	118	view_teamschannel
473	Can add teams post	119	add_teamspost
474	Can change teams post	119	change_teamspost
475	Can delete teams post	119	delete_teamspost
476	Can view teams post	119	view_teamspost
\.


--
-- Data for Name: axes_accessattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattempt (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, get_data, post_data, failures_since_start) FROM stdin;
\.


--
-- Data for Name: axes_accessattemptexpiration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattemptexpiration (access_attempt_id, expires_at) FROM stdin;
\.


--
-- Data for Name: axes_accessfailurelog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessfailurelog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, locked_out) FROM stdin;
\.


--
-- Data for Name: axes_accesslog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accesslog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, logout_time, session_hash) FROM stdin;
\.


--
-- Data for Name: dashboards_absence; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_absence (id, first_day, last_day, reason, created_at, created_by_id, user_id) FROM stdin;
\.


--
-- Data for Name: dashboards_capacityalert; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_capacityalert (id, raised_at, recovered_at, is_open, reasons, inflow_per_day, throughput_per_day, backlog, forecast_days) FROM stdin;
\.


--
-- Data for Name: dashboards_capacitysettings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_capacitysettings (id, inflow_margin_percent, max_clearance_days, trend_days, updated_at, updated_by_id) FROM stdin;
1	10	14	28	\N	\N
\.


--
-- Data for Name: dashboards_dailycompliance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_dailycompliance (id, day, kind, grade_used, closed, within, agency_id, local_authority_id) FROM stdin;
\.


--
-- Data for Name: dashboards_dailyflow; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_dailyflow (id, day, received, "left", local_authority_id) FROM stdin;
\.


--
-- Data for Name: dashboards_dailyreportdelivery; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_dailyreportdelivery (id, day, sent_at, recipients, sha256) FROM stdin;
\.


--
-- Data for Name: dashboards_rosterhours; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_rosterhours (id, weekday, hours, user_id) FROM stdin;
\.


--
-- Data for Name: dashboards_statisticscoverage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_statisticscoverage (id, first_day, last_day, built_at) FROM stdin;
\.


--
-- Data for Name: dashboards_teamschannel; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_teamschannel (id, name, url, daily_summary, capacity_alerts, breaches, is_active) FROM stdin;
\.


--
-- Data for Name: dashboards_teamspost; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dashboards_teamspost (id, key, card, created_at, sent_at, status_code, channel_id, outbox_id) FROM stdin;
\.


--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_admin_log (id, action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) FROM stdin;
\.


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_content_type (id, app_label, model) FROM stdin;
1	admin	logentry
2	auth	permission
3	auth	group
4	contenttypes	contenttype
5	sessions	session
6	guardian	groupobjectpermission
7	guardian	userobjectpermission
8	pghistory	context
9	pghistory	events
10	pghistory	middlewareevents
11	axes	accessattempt
12	axes	accesslog
13	axes	accessfailurelog
14	axes	accessattemptexpiration
15	otp_totp	totpdevice
16	otp_static	staticdevice
17	otp_static	statictoken
18	vhub	heartbeat
19	vhub	agency
20	vhub	configurationversion
21	accounts	user
22	audit	auditevent
23	audit	retentionrule
24	audit	retentionreview
25	audit	auditcheckpoint
26	partners	sharegroupobjectpermission
27	partners	shareuserobjectpermission
28	partners	share
29	partners	informationrequest
30	partners	israttachment
31	partners	shareresponse
32	partners	sharemessage
33	partners	maracmeeting
34	partners	encompassnotice
35	partners	shareauthorisationrule
36	partners	maracreferral
37	partners	shareevent
38	partners	noticepreference
39	partners	partnernotice
40	partners	partnersystem
41	partners	webhookdelivery
42	partners	webhookattempt
43	partners	webhookevent
44	partners	webhooksubscription
45	partners	sharemessageattachment
46	partners	shareattachment
47	referrals	incidenttype
48	referrals	person
49	referrals	referral
50	referrals	referralsubject
51	referrals	closureday
52	referrals	slaclock
53	referrals	escalation
54	referrals	slapolicyversion
55	referrals	slatarget
56	referrals	termdates
57	referrals	notification
58	referrals	outboxmessage
59	referrals	priorityweight
60	referrals	personmatch
61	referrals	integrationclient
62	referrals	postcodedistrict
63	referrals	importjob
64	referrals	referraldraft
65	referrals	closuredayevent
66	referrals	referralevent
67	referrals	referralsubjectevent
68	referrals	slapolicyversionevent
69	referrals	slatargetevent
70	referrals	importdigest
71	referrals	matchthresholds
72	referrals	matchthresholdsevent
73	referrals	closureoutcome
74	referrals	closurerequest
75	referrals	dutyrota
76	referrals	notekind
77	referrals	casenote
78	referrals	casenoteevent
79	referrals	referralattachment
80	referrals	personname
81	risk	childriskassessment
82	risk	supervisordecision
83	risk	gradechange
84	risk	riskmodelversion
85	risk	forcehighcombination
86	risk	riskfactor
87	risk	daquestion
88	risk	undergradingflag
89	risk	qualityteam
90	risk	qualityauditround
91	risk	qualityteammember
92	risk	qualityauditsetting
93	risk	qualityaudit
94	risk	childriskassessmentevent
95	risk	daquestionevent
96	risk	forcehighcombinationevent
97	risk	riskfactorevent
98	risk	riskmodelversionevent
99	risk	supervisordecisionevent
100	risk	indicatorcatalogueversion
101	risk	risksignal
102	risk	frontlinesetting
103	risk	policingarea
104	risk	officersubmission
105	risk	officerposting
106	risk	officeraudit
107	risk	areacontact
108	risk	policingareacover
109	risk	officerfeedback
110	dashboards	dailyreportdelivery
111	dashboards	capacityalert
112	dashboards	capacitysettings
113	dashboards	absence
114	dashboards	rosterhours
115	dashboards	statisticscoverage
116	dashboards	dailycompliance
117	dashboards	dailyflow
118	dashboards	teamschannel
119	dashboards	teamspost
\.


--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_migrations (id, app, name, applied) FROM stdin;
1	vhub	0001_initial	2026-12-08 01:28:44.578016+00
2	contenttypes	0001_initial	2026-12-08 01:28:44.582047+00
3	contenttypes	0002_remove_content_type_name	2026-12-08 01:28:44.585798+00
4	auth	0001_initial	2026-12-08 01:28:44.597947+00
5	auth	0002_alter_permission_name_max_length	2026-12-08 01:28:44.60173+00
6	auth	0003_alter_user_email_max_length	2026-12-08 01:28:44.604998+00
7	auth	0004_alter_user_username_opts	2026-12-08 01:28:44.608179+00
8	auth	0005_alter_user_last_login_null	2026-12-08 01:28:44.610729+00
9	auth	0006_require_contenttypes_0002	2026-12-08 01:28:44.611488+00
10	auth	0007_alter_validators_add_error_messages	2026-12-08 01:28:44.615527+00
11	auth	0008_alter_user_username_max_length	2026-12-08 01:28:44.618361+00
12	auth	0009_alter_user_last_name_max_length	2026-12-08 01:28:44.621395+00
13	auth	0010_alter_group_name_max_length	2026-12-08 01:28:44.625085+00
14	auth	0011_update_proxy_permissions	2026-12-08 01:28:44.628281+00
15	auth	0012_alter_user_first_name_max_length	2026-12-08 01:28:44.63108+00
16	accounts	0001_initial	2026-12-08 01:28:44.63512+00
17	partners	0001_initial	2026-12-08 01:28:44.65267+00
18	referrals	0001_initial	2026-12-08 01:28:44.835117+00
19	risk	0001_initial	2026-12-08 01:28:44.869677+00
20	referrals	0002_incident_types_and_reference_sequence	2026-12-08 01:28:44.891162+00
21	risk	0002_risk_model	2026-12-08 01:28:45.043083+00
22	risk	0003_seed_risk_model	2026-12-08 01:28:45.072415+00
23	partners	0002_initial	2026-12-08 01:28:45.185118+00
24	partners	0003_standing_agencies	2026-12-08 01:28:45.207536+00
25	partners	0004_information_requests	2026-12-08 01:28:45.226515+00
26	risk	0004_quality_audits	2026-12-08 01:28:45.457443+00
27	risk	0005_seed_quality_audit_setting	2026-12-08 01:28:45.475286+00
28	referrals	0003_provisional_grade	2026-12-08 01:28:45.490424+00
29	referrals	0004_sla_clocks	2026-12-08 01:28:45.720333+00
30	referrals	0005_seed_sla_policy	2026-12-08 01:28:45.743899+00
31	referrals	0006_priority_weights	2026-12-08 01:28:45.756589+00
32	referrals	0007_seed_priority_weights	2026-12-08 01:28:45.792947+00
33	referrals	0008_version_note_help	2026-12-08 01:28:45.804937+00
34	referrals	0009_person_matching	2026-12-08 01:28:46.050895+00
35	referrals	0010_outbox_delivery_parts	2026-12-08 01:28:46.062556+00
36	referrals	0011_integration_clients	2026-12-08 01:28:46.103997+00
37	referrals	0012_postcode_routing	2026-12-08 01:28:46.14304+00
38	referrals	0013_seed_postcode_districts	2026-12-08 01:28:46.207156+00
39	referrals	0014_import_jobs	2026-12-08 01:28:46.230805+00
40	referrals	0015_clocks_for_information_requests	2026-12-08 01:28:46.321061+00
41	referrals	0016_officer_drafts_and_returns	2026-12-08 01:28:46.601794+00
42	pghistory	0001_initial	2026-12-08 01:28:46.605436+00
43	pghistory	0002_aggregateevent	2026-12-08 01:28:46.607317+00
44	pghistory	0003_auto_20201023_1636	2026-12-08 01:28:46.609635+00
45	pghistory	0004_auto_20220906_1625	2026-12-08 01:28:46.634701+00
46	pghistory	0005_events_middlewareevents	2026-12-08 01:28:46.637905+00
47	pghistory	0006_delete_aggregateevent	2026-12-08 01:28:46.639194+00
48	pghistory	0007_auto_20250421_0444	2026-12-08 01:28:46.661221+00
49	partners	0005_partner_portal	2026-12-08 01:28:46.73927+00
50	partners	0006_sharing_templates_encompass_marac	2026-12-08 01:28:47.205989+00
51	partners	0007_change_history	2026-12-08 01:28:47.658083+00
52	referrals	0017_change_history	2026-12-08 01:28:48.823297+00
53	risk	0006_change_history	2026-12-08 01:28:50.88678+00
54	referrals	0018_random_upload_names	2026-12-08 01:28:50.912924+00
55	referrals	0019_queue_indexes	2026-12-08 01:28:51.169113+00
56	referrals	0020_dashboard_indexes	2026-12-08 01:28:51.194192+00
57	risk	0007_risk_reader	2026-12-08 01:28:51.7964+00
58	referrals	0021_signal_priority_weights	2026-12-08 01:28:51.839778+00
59	referrals	0022_backlog_import_fidelity_and_repeats	2026-12-08 01:28:52.973483+00
60	referrals	0023_closure_outcomes_sign_off_and_merge	2026-12-08 01:28:53.991273+00
61	partners	0008_random_upload_names	2026-12-08 01:28:54.013067+00
62	partners	0009_inbox_order	2026-12-08 01:28:54.258982+00
63	partners	0010_partner_notices	2026-12-08 01:28:54.369161+00
64	vhub	0002_agency_from_partners	2026-12-08 01:28:54.401732+00
65	accounts	0002_initial	2026-12-08 01:28:54.677501+00
66	accounts	0003_role_groups	2026-12-08 01:28:54.719946+00
67	accounts	0004_session_generation	2026-12-08 01:28:54.747276+00
68	accounts	0005_oidc_subject	2026-12-08 01:28:54.820605+00
69	accounts	0006_agency_now_in_vhub	2026-12-08 01:28:54.855673+00
70	accounts	0007_area_spoc_group	2026-12-08 01:28:54.893283+00
71	admin	0001_initial	2026-12-08 01:28:54.934025+00
72	admin	0002_logentry_remove_auto_add	2026-12-08 01:28:54.958592+00
73	admin	0003_logentry_add_action_flag_choices	2026-12-08 01:28:55.136329+00
74	audit	0001_initial	2026-12-08 01:28:55.177048+00
75	audit	0002_initial	2026-12-08 01:28:55.366099+00
76	audit	0003_retention	2026-12-08 01:28:55.560727+00
77	audit	0004_seed_retention_rules	2026-12-08 01:28:55.601144+00
78	audit	0005_search_indexes	2026-12-08 01:28:55.661421+00
79	audit	0006_list_view_indexes	2026-12-08 01:28:55.725138+00
80	audit	0007_anchored_chain_truncate_refused	2026-12-08 01:28:55.763452+00
81	audit	0008_agency_now_in_vhub	2026-12-08 01:28:55.799257+00
82	audit	0009_transition_index	2026-12-08 01:28:55.980637+00
83	audit	0010_chain_head_function	2026-12-08 01:28:55.983196+00
84	axes	0001_initial	2026-12-08 01:28:55.98987+00
85	axes	0002_auto_20151217_2044	2026-12-08 01:28:56.01038+00
86	axes	0003_auto_20160322_0929	2026-12-08 01:28:56.025296+00
87	axes	0004_auto_20181024_1538	2026-12-08 01:28:56.038886+00
88	axes	0005_remove_accessattempt_trusted	2026-12-08 01:28:56.042574+00
89	axes	0006_remove_accesslog_trusted	2026-12-08 01:28:56.045749+00
90	axes	0007_alter_accessattempt_unique_together	2026-12-08 01:28:56.089835+00
91	axes	0008_accessfailurelog	2026-12-08 01:28:56.096088+00
92	axes	0009_add_session_hash	2026-12-08 01:28:56.101204+00
93	axes	0010_accessattemptexpiration	2026-12-08 01:28:56.106568+00
94	referrals	0024_duty_rota_and_partner_outbox	2026-12-08 01:28:56.587987+00
95	referrals	0025_agency_now_in_vhub	2026-12-08 01:28:56.939775+00
96	referrals	0026_search_indexes	2026-12-08 01:28:56.946187+00
97	referrals	0027_officer_feedback_outbox	2026-12-08 01:28:56.973678+00
98	referrals	0028_outbox_calls	2026-12-08 01:28:57.062264+00
99	dashboards	0001_initial	2026-12-08 01:28:57.190218+00
100	dashboards	0002_seed_capacity_settings	2026-12-08 01:28:57.401459+00
101	dashboards	0003_daily_statistics	2026-12-08 01:28:57.497624+00
102	dashboards	0004_agency_now_in_vhub	2026-12-08 01:28:57.627884+00
103	dashboards	0005_teams_channels	2026-12-08 01:28:57.820828+00
104	guardian	0001_initial	2026-12-08 01:28:57.948719+00
105	guardian	0002_generic_permissions_index	2026-12-08 01:28:57.986287+00
106	guardian	0003_remove_groupobjectpermission_guardian_gr_content_ae6aec_idx_and_more	2026-12-08 01:28:58.24857+00
107	otp_static	0001_initial	2026-12-08 01:28:58.351707+00
108	otp_static	0002_throttling	2026-12-08 01:28:58.417322+00
109	otp_static	0003_add_timestamps	2026-12-08 01:28:58.484571+00
110	otp_totp	0001_initial	2026-12-08 01:28:58.539825+00
111	otp_totp	0002_auto_20190420_0723	2026-12-08 01:28:58.766254+00
112	otp_totp	0003_add_timestamps	2026-12-08 01:28:58.831786+00
113	referrals	0029_case_notes_and_attachments	2026-12-08 01:28:59.433816+00
114	risk	0008_catalogue_version_2	2026-12-08 01:28:59.490599+00
115	risk	0009_agency_now_in_vhub	2026-12-08 01:28:59.791612+00
116	partners	0011_agency_moved_to_vhub	2026-12-08 01:29:00.19567+00
117	partners	0012_partner_systems	2026-12-08 01:29:00.252459+00
118	partners	0013_webhooks	2026-12-08 01:29:00.793745+00
119	partners	0014_share_and_message_attachments	2026-12-08 01:29:01.097595+00
120	partners	0015_webhook_secret_encrypted	2026-12-08 01:29:01.179185+00
121	vhub	0003_configuration_version	2026-12-08 01:29:01.217397+00
122	risk	0010_frontline_quality_loop	2026-12-08 01:29:01.923992+00
123	risk	0011_frontline_settings_row	2026-12-08 01:29:01.979743+00
124	referrals	0030_seed_note_kinds	2026-12-08 01:29:02.039397+00
125	referrals	0031_person_names	2026-12-08 01:29:02.070432+00
126	referrals	0032_clock_next_escalation	2026-12-08 01:29:02.153734+00
127	referrals	0033_referral_priority_due	2026-12-08 01:29:02.36572+00
128	referrals	0034_pending_probable_match_index	2026-12-08 01:29:02.401455+00
129	referrals	0035_unassessed_children_count	2026-12-08 01:29:02.546258+00
130	risk	0012_unassessed_children_count	2026-12-08 01:29:02.812632+00
131	referrals	0036_subject_repeat_index	2026-12-08 01:29:02.835157+00
132	referrals	0037_referral_received_index	2026-12-08 01:29:02.915742+00
133	referrals	0038_child_counts	2026-12-08 01:29:03.440119+00
134	referrals	0039_referral_received_index_concurrently	2026-12-08 01:29:03.803343+00
135	referrals	0040_person_pair_index	2026-12-08 01:29:03.820232+00
136	referrals	0041_person_live_birth_index	2026-12-08 01:29:03.829778+00
137	referrals	0042_dashboard_covering_indexes	2026-12-08 01:29:03.915467+00
138	referrals	0043_configuration_triggers	2026-12-08 01:29:04.024642+00
139	referrals	0044_pending_match_candidate_index	2026-12-08 01:29:04.066662+00
140	referrals	0045_external_id_first	2026-12-08 01:29:04.158618+00
141	referrals	0046_drop_person_dob_index	2026-12-08 01:29:04.16639+00
142	referrals	0047_subject_copies_referral	2026-12-08 01:29:04.669889+00
143	risk	0013_child_counts	2026-12-08 01:29:05.399256+00
144	risk	0014_child_counts_backfill	2026-12-08 01:29:05.459652+00
145	risk	0015_configuration_triggers	2026-12-08 01:29:05.590247+00
146	sessions	0001_initial	2026-12-08 01:29:05.597938+00
\.


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_session (session_key, session_data, expire_date) FROM stdin;
\.


--
-- Data for Name: guardian_groupobjectpermission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.guardian_groupobjectpermission (id, object_pk, content_type_id, group_id, permission_id) FROM stdin;
\.


--
-- Data for Name: guardian_userobjectpermission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.guardian_userobjectpermission (id, object_pk, content_type_id, permission_id, user_id) FROM stdin;
\.


--
-- Data for Name: otp_static_staticdevice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.otp_static_staticdevice (id, name, confirmed, user_id, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at) FROM stdin;
\.


--
-- Data for Name: otp_static_statictoken; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.otp_static_statictoken (id, token, device_id) FROM stdin;
\.


--
-- Data for Name: otp_totp_totpdevice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.otp_totp_totpdevice (id, name, confirmed, key, step, t0, digits, tolerance, drift, last_t, user_id, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at) FROM stdin;
\.


--
-- Data for Name: partners_agency; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_agency (id, name, slug, kind, area, email, is_active, group_id) FROM stdin;
1	Police – Vulnerability Hub	police-vhub	police			t	1
2	Herefordshire Children's Services	herefordshire-cs	la_childrens	Herefordshire		t	2
3	Shropshire Children's Services	shropshire-cs	la_childrens	Shropshire		t	3
4	Telford & Wrekin Children's Services	telford-wrekin-cs	la_childrens	Telford & Wrekin		t	4
5	Worcestershire Children's Services	worcestershire-cs	la_childrens	Worcestershire		t	5
6	MARAC	marac	marac			t	6
\.


--
-- Data for Name: partners_agency_safeguarding_leads; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_agency_safeguarding_leads (id, agency_id, user_id) FROM stdin;
\.


--
-- Data for Name: partners_encompassnotice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_encompassnotice (id, school_name, home_educated, match_note, status, proposed_at, decided_at, not_needed_reason, agency_id, decided_by_id, referral_id, share_id, subject_id) FROM stdin;
\.


--
-- Data for Name: partners_informationrequest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_informationrequest (id, subject_name, subject_date_of_birth, subject_address, urgency, reason, lawful_basis, status, created_at, response, responded_at, agency_id, raised_by_id, responded_by_id, share_id) FROM stdin;
\.


--
-- Data for Name: partners_israttachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_israttachment (id, file, original_name, content_type, size, sha256, uploaded_at, isr_id, uploaded_by_id, from_vhub) FROM stdin;
\.


--
-- Data for Name: partners_maracmeeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_maracmeeting (id, date, note) FROM stdin;
\.


--
-- Data for Name: partners_maracreferral; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_maracreferral (id, criteria, professional_judgement, has_children, is_repeat, referred_at, meeting_id, referral_id, referred_by_id, share_id) FROM stdin;
\.


--
-- Data for Name: partners_noticepreference; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_noticepreference (id, frequency, updated_at, user_id) FROM stdin;
\.


--
-- Data for Name: partners_partnernotice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_partnernotice (id, what, frequency, created_at, agency_id, isr_id, outbox_id, recipient_id, share_id) FROM stdin;
\.


--
-- Data for Name: partners_partnersystem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_partnersystem (id, name, token_prefix, token_hash, created_at, last_used_at, revoked_at, agency_id, created_by_id, revoked_by_id, service_user_id) FROM stdin;
\.


--
-- Data for Name: partners_share; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_share (id, version, status, lawful_basis, justification, snapshot, created_at, pack_file, pack_sha256, pack_rendered_at, acknowledged_at, withdrawn_at, acknowledged_by_id, agency_id, created_by_id, referral_id, authorisation_note, authorised_at, authorised_by_id, pack_template, purpose, redacted_fields, superseded_at, superseded_by_id, inbox_done, inbox_due_at, inbox_grade_rank) FROM stdin;
\.


--
-- Data for Name: partners_shareattachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_shareattachment (id, attachment_id, share_id) FROM stdin;
\.


--
-- Data for Name: partners_shareauthorisationrule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_shareauthorisationrule (id, grade, needs_authorisation, updated_at, updated_by_id) FROM stdin;
1	standard	f	\N	\N
2	medium	f	\N	\N
3	high	f	\N	\N
\.


--
-- Data for Name: partners_shareevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_shareevent (pgh_id, pgh_created_at, pgh_label, id, version, status, lawful_basis, justification, created_at, pack_file, pack_sha256, pack_rendered_at, acknowledged_at, withdrawn_at, purpose, pack_template, redacted_fields, superseded_at, authorised_at, authorisation_note, acknowledged_by_id, agency_id, authorised_by_id, created_by_id, pgh_context_id, pgh_obj_id, referral_id, superseded_by_id) FROM stdin;
\.


--
-- Data for Name: partners_sharegroupobjectpermission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_sharegroupobjectpermission (id, content_object_id, group_id, permission_id) FROM stdin;
\.


--
-- Data for Name: partners_sharemessage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_sharemessage (id, from_vhub, body, created_at, author_id, share_id) FROM stdin;
\.


--
-- Data for Name: partners_sharemessageattachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_sharemessageattachment (id, file, original_name, content_type, size, sha256, uploaded_at, message_id, uploaded_by_id) FROM stdin;
\.


--
-- Data for Name: partners_shareresponse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_shareresponse (id, outcome, outcome_notes, outcome_at, declined_at, decline_reason, declined_by_id, outcome_by_id, share_id) FROM stdin;
\.


--
-- Data for Name: partners_shareuserobjectpermission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_shareuserobjectpermission (id, content_object_id, permission_id, user_id) FROM stdin;
\.


--
-- Data for Name: partners_webhookattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_webhookattempt (id, at, status_code, error, duration_ms, delivery_id) FROM stdin;
\.


--
-- Data for Name: partners_webhookdelivery; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_webhookdelivery (id, status, created_at, finished_at, outbox_id, replay_of_id, replayed_by_id, event_id, subscription_id) FROM stdin;
\.


--
-- Data for Name: partners_webhookevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_webhookevent (id, uid, type, created_at, agency_id, isr_id, message_id, share_id) FROM stdin;
\.


--
-- Data for Name: partners_webhooksubscription; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partners_webhooksubscription (id, url, description, events, secret, is_active, disabled_at, disabled_reason, created_at, agency_id, created_by_id) FROM stdin;
\.


--
-- Data for Name: pghistory_context; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pghistory_context (id, created_at, updated_at, metadata) FROM stdin;
\.


--
-- Data for Name: referrals_casenote; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_casenote (id, text, created_at, edited_at, author_id, corrects_id, person_id, referral_id, kind_id) FROM stdin;
\.


--
-- Data for Name: referrals_casenoteevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_casenoteevent (pgh_id, pgh_created_at, pgh_label, id, text, created_at, edited_at, author_id, corrects_id, person_id, pgh_context_id, pgh_obj_id, referral_id, kind_id) FROM stdin;
\.


--
-- Data for Name: referrals_closureday; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_closureday (id, day, reason) FROM stdin;
\.


--
-- Data for Name: referrals_closuredayevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_closuredayevent (pgh_id, pgh_created_at, pgh_label, id, day, reason, pgh_context_id, pgh_obj_id) FROM stdin;
\.


--
-- Data for Name: referrals_closureoutcome; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_closureoutcome (id, code, label, status, "position", active) FROM stdin;
1	no-further-action-police	No further action by police	no_further_action	0	t
2	shared-no-further-hub-action	Shared, no further hub action	closed	1	t
3	duplicate	Duplicate	closed	2	t
4	transferred	Transferred to another force or area	closed	3	t
5	child-not-identified	Child not identified	closed	4	t
\.


--
-- Data for Name: referrals_closurerequest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_closurerequest (id, rationale, requested_at, needs_sign_off, state, decided_at, decision_note, decided_by_id, outcome_id, referral_id, requested_by_id) FROM stdin;
\.


--
-- Data for Name: referrals_dutyrota; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_dutyrota (id, first_day, last_day, weekday, created_at, area_id, created_by_id, supervisor_id) FROM stdin;
\.


--
-- Data for Name: referrals_escalation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_escalation (id, level, created_at, recipient_id, clock_id) FROM stdin;
\.


--
-- Data for Name: referrals_importdigest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_importdigest (id, clocks, referrals, created_at, notified_at, emailed_at, delivered_at, attempts, last_error, job_id, recipient_id) FROM stdin;
\.


--
-- Data for Name: referrals_importjob; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_importjob (id, file, original_name, created_at, status, total_rows, processed_rows, imported, already_imported, rejected, errors, finished_at, uploaded_by_id) FROM stdin;
\.


--
-- Data for Name: referrals_incidenttype; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_incidenttype (id, code, label, is_domestic_abuse, is_active, display_order, priority_weight) FROM stdin;
4	sexual-abuse	Sexual abuse or exploitation	f	t	3	30
3	physical-abuse	Physical abuse of a child	f	t	2	25
1	domestic-abuse	Domestic abuse	t	t	0	20
5	child-criminal-exploitation	Child criminal exploitation	f	t	4	20
2	child-neglect	Neglect	f	t	1	15
6	missing-child	Missing child	f	t	5	15
7	parental-substance-misuse	Parental substance misuse	f	t	6	10
8	parental-mental-health	Parental mental health crisis	f	t	7	10
9	online-harm	Online harm	f	t	8	10
10	other	Other safeguarding concern	f	t	9	5
\.


--
-- Data for Name: referrals_integrationclient; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_integrationclient (id, name, source_system, token_prefix, token_hash, created_at, revoked_at, created_by_id, service_user_id) FROM stdin;
\.


--
-- Data for Name: referrals_matchthresholds; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_matchthresholds (id, name_similarity, address_similarity, probable_name_similarity, probable_address_similarity) FROM stdin;
1	0.3	0.6	0.6	0.8
\.


--
-- Data for Name: referrals_matchthresholdsevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_matchthresholdsevent (pgh_id, pgh_created_at, pgh_label, id, name_similarity, address_similarity, probable_name_similarity, probable_address_similarity, pgh_context_id, pgh_obj_id) FROM stdin;
1	2026-12-08 01:28:51.842599+00	insert	1	0.3	0.6	0.6	0.8	\N	1
\.


--
-- Data for Name: referrals_notekind; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_notekind (id, code, label, hint, management_oversight, correction_minutes, "position", is_active) FROM stdin;
1	research	Research	What you checked, where, and what you found	f	15	0	t
2	contact_attempt	Contact attempt	Whom you tried to reach, how, and the result	f	15	1	t
3	strategy_discussion	Strategy discussion	Who took part, what was decided and by whom	f	15	2	t
4	management_oversight	Management oversight	A supervisor's direction on the case: quality audits read these	t	15	3	t
5	other	Other		f	15	4	t
\.


--
-- Data for Name: referrals_notification; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_notification (id, title, body, url, created_at, read_at, user_id) FROM stdin;
\.


--
-- Data for Name: referrals_outboxmessage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_outboxmessage (id, deliver_after, delivered_at, attempts, escalation_id, emailed_at, last_error, notified_at, digest_day, kind, recipient_id) FROM stdin;
\.


--
-- Data for Name: referrals_person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_person (id, first_name, last_name, date_of_birth, address, postcode, created_at, merged_into_id) FROM stdin;
\.


--
-- Data for Name: referrals_personmatch; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_personmatch (id, similarity, reason, status, decided_at, candidate_id, decided_by_id, subject_id, probable) FROM stdin;
\.


--
-- Data for Name: referrals_personname; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_personname (id, kind, name) FROM stdin;
\.


--
-- Data for Name: referrals_postcodedistrict; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_postcodedistrict (id, district, local_authority_id) FROM stdin;
1	HR1	2
2	HR2	2
3	HR3	2
4	HR4	2
5	HR5	2
6	HR6	2
7	HR7	2
8	HR8	2
9	HR9	2
10	SY1	3
11	SY2	3
12	SY3	3
13	SY4	3
14	SY5	3
15	SY6	3
16	SY7	3
17	SY8	3
18	SY9	3
19	SY10	3
20	SY11	3
21	SY12	3
22	SY13	3
23	TF9	3
24	TF11	3
25	TF12	3
26	TF13	3
27	WV15	3
28	WV16	3
29	TF1	4
30	TF2	4
31	TF3	4
32	TF4	4
33	TF5	4
34	TF6	4
35	TF7	4
36	TF8	4
37	TF10	4
38	WR1	5
39	WR2	5
40	WR3	5
41	WR4	5
42	WR5	5
43	WR6	5
44	WR7	5
45	WR8	5
46	WR9	5
47	WR10	5
48	WR11	5
49	WR12	5
50	WR13	5
51	WR14	5
52	WR15	5
53	DY10	5
54	DY11	5
55	DY12	5
56	DY13	5
57	DY14	5
58	B60	5
59	B61	5
60	B96	5
61	B97	5
62	B98	5
\.


--
-- Data for Name: referrals_priorityweight; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_priorityweight (id, code, label, points, help_text) FROM stdin;
1	grade_high	Grade: high	100	An approved or provisional grade of high.
2	grade_medium	Grade: medium	50	
3	grade_standard	Grade: standard	10	
4	grade_none	Not graded yet	60	Unknown risk ranks close to high until triaged.
5	age_under_1	Youngest child under 1	40	
6	age_under_5	Youngest child under 5	20	
7	repeat_each	Each other referral for the child in 12 months	10	
8	repeat_cap	Most other referrals counted	5	A cap, not points.
9	flag_each	Each open under-grading flag	30	
10	sla_used	SLA pressure: fraction of the most pressed clock used	40	
11	sla_breached	SLA breached	80	Replaces the fraction when any clock is breached.
12	wait_per_day	Each day waiting	5	
13	wait_cap	Most points for waiting	60	A cap on the waiting points.
14	signal_each	Each sign of high risk the risk reader found in the text	50	Counted once per indicator (strangulation, weapon…), stated or reported.
15	signal_cap	Most signs counted	3	A cap, not points.
\.


--
-- Data for Name: referrals_referral; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_referral (id, reference, source, source_system, external_id, incident_reference, incident_at, location, postcode, narrative, officer_risk_view, status, current_grade, received_at, priority_score, priority_breakdown, version, updated_at, allocated_to_id, incident_type_id, local_authority_id, submitted_by_id, provisional_grade, intake_hash, routing_note, return_reason, returned_at, returned_by_id, import_job_id, source_reference, closed_at, closure_rationale, merged_into_id, closure_outcome_id, priority_due_at, unassessed_children_count, child_count, complete_children_count, reason_only_children_count, sent_children_count, voiced_children_count) FROM stdin;
\.


--
-- Data for Name: referrals_referralattachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_referralattachment (id, file, original_name, description, content_type, size, sha256, uploaded_at, referral_id, uploaded_by_id) FROM stdin;
\.


--
-- Data for Name: referrals_referraldraft; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_referraldraft (id, data, created_at, updated_at, version, owner_id, referral_id) FROM stdin;
\.


--
-- Data for Name: referrals_referralevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_referralevent (pgh_id, pgh_created_at, pgh_label, id, reference, source, source_system, external_id, incident_reference, incident_at, location, postcode, routing_note, narrative, officer_risk_view, status, current_grade, provisional_grade, received_at, return_reason, returned_at, allocated_to_id, incident_type_id, local_authority_id, pgh_context_id, pgh_obj_id, returned_by_id, submitted_by_id, import_job_id, source_reference, closed_at, closure_rationale, merged_into_id, closure_outcome_id) FROM stdin;
\.


--
-- Data for Name: referrals_referralsubject; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_referralsubject (id, role, school, gp, lives_at_address, was_present, witnessed, was_injured, parental_responsibility, parents_aware, voice_of_child, person_id, referral_id, expected_date, voice_not_captured_reason, probable_long, probable_short, repeat_long, repeat_short, referral_area, referral_incident_at, referral_merged) FROM stdin;
\.


--
-- Data for Name: referrals_referralsubjectevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_referralsubjectevent (pgh_id, pgh_created_at, pgh_label, id, role, school, gp, lives_at_address, was_present, witnessed, was_injured, parental_responsibility, parents_aware, voice_of_child, voice_not_captured_reason, expected_date, person_id, pgh_context_id, pgh_obj_id, referral_id, probable_long, probable_short, repeat_long, repeat_short) FROM stdin;
\.


--
-- Data for Name: referrals_slaclock; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_slaclock (id, kind, grade_used, calendar, target_minutes, started_at, paused_minutes, warn_at, due_at, escalate_at, state, breached_at, met_at, achieved_minutes, margin_minutes, referral_id, share_id, policy_id, isr_id, breached_before_import, stop_reason, escalated_levels) FROM stdin;
\.


--
-- Data for Name: referrals_slapolicyversion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_slapolicyversion (id, number, note, created_at, created_by_id) FROM stdin;
1	1	The partnership MOU's timescales.	2026-12-08 01:28:45.741046+00	\N
\.


--
-- Data for Name: referrals_slapolicyversionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_slapolicyversionevent (pgh_id, pgh_created_at, pgh_label, id, number, note, created_at, created_by_id, pgh_context_id, pgh_obj_id) FROM stdin;
1	2026-12-08 01:28:47.661616+00	baseline	1	1	The partnership MOU's timescales.	2026-12-08 01:28:45.741046+00	\N	\N	1
\.


--
-- Data for Name: referrals_slatarget; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_slatarget (id, kind, grade, calendar, minutes, policy_id) FROM stdin;
1	triage		24x7	120	1
2	decision_to_share	high	24x7	240	1
3	decision_to_share	medium	working_hours	480	1
4	decision_to_share	standard	working_hours	1440	1
5	decision_to_share		24x7	240	1
6	supervisor_decision	high	24x7	120	1
7	supervisor_decision	medium	working_hours	480	1
8	supervisor_decision	standard	working_hours	480	1
9	supervisor_decision		24x7	120	1
10	partner_ack		working_hours	480	1
11	partner_outcome	high	working_hours	1440	1
12	partner_outcome	medium	working_hours	1440	1
13	partner_outcome	standard	working_hours	2400	1
14	partner_outcome		working_hours	1440	1
15	encompass		school_days	0	1
16	isr_urgent		24x7	240	1
17	isr_routine		working_hours	2400	1
\.


--
-- Data for Name: referrals_slatargetevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_slatargetevent (pgh_id, pgh_created_at, pgh_label, id, kind, grade, calendar, minutes, pgh_context_id, pgh_obj_id, policy_id) FROM stdin;
1	2026-12-08 01:28:47.661616+00	baseline	1	triage		24x7	120	\N	1	1
2	2026-12-08 01:28:47.661616+00	baseline	2	decision_to_share	high	24x7	240	\N	2	1
3	2026-12-08 01:28:47.661616+00	baseline	3	decision_to_share	medium	working_hours	480	\N	3	1
4	2026-12-08 01:28:47.661616+00	baseline	4	decision_to_share	standard	working_hours	1440	\N	4	1
5	2026-12-08 01:28:47.661616+00	baseline	5	decision_to_share		24x7	240	\N	5	1
6	2026-12-08 01:28:47.661616+00	baseline	6	supervisor_decision	high	24x7	120	\N	6	1
7	2026-12-08 01:28:47.661616+00	baseline	7	supervisor_decision	medium	working_hours	480	\N	7	1
8	2026-12-08 01:28:47.661616+00	baseline	8	supervisor_decision	standard	working_hours	480	\N	8	1
9	2026-12-08 01:28:47.661616+00	baseline	9	supervisor_decision		24x7	120	\N	9	1
10	2026-12-08 01:28:47.661616+00	baseline	10	partner_ack		working_hours	480	\N	10	1
11	2026-12-08 01:28:47.661616+00	baseline	11	partner_outcome	high	working_hours	1440	\N	11	1
12	2026-12-08 01:28:47.661616+00	baseline	12	partner_outcome	medium	working_hours	1440	\N	12	1
13	2026-12-08 01:28:47.661616+00	baseline	13	partner_outcome	standard	working_hours	2400	\N	13	1
14	2026-12-08 01:28:47.661616+00	baseline	14	partner_outcome		working_hours	1440	\N	14	1
15	2026-12-08 01:28:47.661616+00	baseline	15	encompass		school_days	0	\N	15	1
16	2026-12-08 01:28:47.661616+00	baseline	16	isr_urgent		24x7	240	\N	16	1
17	2026-12-08 01:28:47.661616+00	baseline	17	isr_routine		working_hours	2400	\N	17	1
\.


--
-- Data for Name: referrals_termdates; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referrals_termdates (id, first_day, last_day, local_authority_id) FROM stdin;
\.


--
-- Data for Name: risk_areacontact; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_areacontact (id, user_id, area_id) FROM stdin;
\.


--
-- Data for Name: risk_childriskassessment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_childriskassessment (id, status, proposed_grade, approved_grade, voice_of_child, voice_not_captured_reason, rationale, created_at, submitted_at, version, assessor_id, referral_id, subject_id, da_yes_codes, factor_codes, suggested_grade, suggested_score, suggestion, model_version_id) FROM stdin;
\.


--
-- Data for Name: risk_childriskassessment_editors; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_childriskassessment_editors (id, childriskassessment_id, user_id) FROM stdin;
\.


--
-- Data for Name: risk_childriskassessmentevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_childriskassessmentevent (pgh_id, pgh_created_at, pgh_label, id, status, proposed_grade, approved_grade, voice_of_child, voice_not_captured_reason, rationale, factor_codes, da_yes_codes, suggested_grade, suggested_score, created_at, submitted_at, assessor_id, model_version_id, pgh_context_id, pgh_obj_id, referral_id, subject_id) FROM stdin;
\.


--
-- Data for Name: risk_daquestion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_daquestion (id, code, text, high_on_its_own, display_order, version_id) FROM stdin;
1	injured_now	Was the victim hurt in this incident?	f	0	1
2	very_frightened	Is the victim very frightened of what the abuser will do next?	t	1	1
3	fears_for_others	Is the victim afraid the abuser will harm the children or other people?	f	2	1
4	isolated	Does the abuser stop the victim seeing family or friends?	f	3	1
5	low_or_suicidal	Is the victim feeling low, hopeless or having thoughts of suicide?	f	4	1
6	recent_separation	Has the victim separated from the abuser, or tried to, in the past year?	f	5	1
7	contact_conflict	Is there conflict over contact with the children?	f	6	1
8	stalking	Does the abuser follow, watch, contact or turn up on the victim against their wishes?	t	7	1
9	pregnant_or_baby	Is the victim pregnant, or have they had a baby in the last 18 months?	t	8	1
10	child_not_abusers	Is there a child in the household who is not the abuser's?	f	9	1
11	hurt_children	Has the abuser ever hurt the children?	f	10	1
12	threatened_children	Has the abuser ever threatened to hurt or kill the children?	f	11	1
13	escalating	Is the abuse happening more often or getting worse?	t	12	1
14	threats_to_kill	Has the abuser threatened to kill the victim or anyone else?	t	13	1
15	strangulation	Has the abuser ever choked, strangled or smothered the victim, or tried to?	t	14	1
16	sexual_abuse	Does the abuser do or say sexual things that hurt or frighten the victim?	f	15	1
17	weapon	Has the abuser used or threatened to use a weapon?	f	16	1
18	controlling	Does the abuser control most of the victim's daily life or money?	f	17	1
19	abuser_substance	Does the abuser misuse drugs or alcohol?	f	18	1
20	abuser_suicidal	Has the abuser ever threatened or attempted suicide?	f	19	1
21	breached_orders	Has the abuser broken bail conditions or a court order?	f	20	1
22	violent_to_others	Is the abuser known to have been violent to other people?	f	21	1
23	harmed_animals	Has the abuser hurt or threatened pets or other animals?	f	22	1
24	money_control	Are there money problems that the abuser uses to control the victim?	f	23	1
\.


--
-- Data for Name: risk_daquestionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_daquestionevent (pgh_id, pgh_created_at, pgh_label, id, code, text, high_on_its_own, display_order, pgh_context_id, pgh_obj_id, version_id) FROM stdin;
1	2026-12-08 01:28:48.826116+00	baseline	1	injured_now	Was the victim hurt in this incident?	f	0	\N	1	1
2	2026-12-08 01:28:48.826116+00	baseline	2	very_frightened	Is the victim very frightened of what the abuser will do next?	t	1	\N	2	1
3	2026-12-08 01:28:48.826116+00	baseline	3	fears_for_others	Is the victim afraid the abuser will harm the children or other people?	f	2	\N	3	1
4	2026-12-08 01:28:48.826116+00	baseline	4	isolated	Does the abuser stop the victim seeing family or friends?	f	3	\N	4	1
5	2026-12-08 01:28:48.826116+00	baseline	5	low_or_suicidal	Is the victim feeling low, hopeless or having thoughts of suicide?	f	4	\N	5	1
6	2026-12-08 01:28:48.826116+00	baseline	6	recent_separation	Has the victim separated from the abuser, or tried to, in the past year?	f	5	\N	6	1
7	2026-12-08 01:28:48.826116+00	baseline	7	contact_conflict	Is there conflict over contact with the children?	f	6	\N	7	1
8	2026-12-08 01:28:48.826116+00	baseline	8	stalking	Does the abuser follow, watch, contact or turn up on the victim against their wishes?	t	7	\N	8	1
9	2026-12-08 01:28:48.826116+00	baseline	9	pregnant_or_baby	Is the victim pregnant, or have they had a baby in the last 18 months?	t	8	\N	9	1
10	2026-12-08 01:28:48.826116+00	baseline	10	child_not_abusers	Is there a child in the household who is not the abuser's?	f	9	\N	10	1
11	2026-12-08 01:28:48.826116+00	baseline	11	hurt_children	Has the abuser ever hurt the children?	f	10	\N	11	1
12	2026-12-08 01:28:48.826116+00	baseline	12	threatened_children	Has the abuser ever threatened to hurt or kill the children?	f	11	\N	12	1
13	2026-12-08 01:28:48.826116+00	baseline	13	escalating	Is the abuse happening more often or getting worse?	t	12	\N	13	1
14	2026-12-08 01:28:48.826116+00	baseline	14	threats_to_kill	Has the abuser threatened to kill the victim or anyone else?	t	13	\N	14	1
15	2026-12-08 01:28:48.826116+00	baseline	15	strangulation	Has the abuser ever choked, strangled or smothered the victim, or tried to?	t	14	\N	15	1
16	2026-12-08 01:28:48.826116+00	baseline	16	sexual_abuse	Does the abuser do or say sexual things that hurt or frighten the victim?	f	15	\N	16	1
17	2026-12-08 01:28:48.826116+00	baseline	17	weapon	Has the abuser used or threatened to use a weapon?	f	16	\N	17	1
18	2026-12-08 01:28:48.826116+00	baseline	18	controlling	Does the abuser control most of the victim's daily life or money?	f	17	\N	18	1
19	2026-12-08 01:28:48.826116+00	baseline	19	abuser_substance	Does the abuser misuse drugs or alcohol?	f	18	\N	19	1
20	2026-12-08 01:28:48.826116+00	baseline	20	abuser_suicidal	Has the abuser ever threatened or attempted suicide?	f	19	\N	20	1
21	2026-12-08 01:28:48.826116+00	baseline	21	breached_orders	Has the abuser broken bail conditions or a court order?	f	20	\N	21	1
22	2026-12-08 01:28:48.826116+00	baseline	22	violent_to_others	Is the abuser known to have been violent to other people?	f	21	\N	22	1
23	2026-12-08 01:28:48.826116+00	baseline	23	harmed_animals	Has the abuser hurt or threatened pets or other animals?	f	22	\N	23	1
24	2026-12-08 01:28:48.826116+00	baseline	24	money_control	Are there money problems that the abuser uses to control the victim?	f	23	\N	24	1
\.


--
-- Data for Name: risk_forcehighcombination; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_forcehighcombination (id, label, factor_codes, version_id) FROM stdin;
1	non-mobile baby with injury	{non_mobile_baby,injury}	1
2	strangulation with a child present	{strangulation,da_child_present}	1
\.


--
-- Data for Name: risk_forcehighcombinationevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_forcehighcombinationevent (pgh_id, pgh_created_at, pgh_label, id, label, factor_codes, pgh_context_id, pgh_obj_id, version_id) FROM stdin;
1	2026-12-08 01:28:48.826116+00	baseline	1	non-mobile baby with injury	{non_mobile_baby,injury}	\N	1	1
2	2026-12-08 01:28:48.826116+00	baseline	2	strangulation with a child present	{strangulation,da_child_present}	\N	2	1
\.


--
-- Data for Name: risk_frontlinesetting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_frontlinesetting (id, far_below_steps, officer_sample_size) FROM stdin;
1	2	5
\.


--
-- Data for Name: risk_gradechange; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_gradechange (id, changed_at, from_grade, to_grade, reason, source, changed_by_id, referral_id) FROM stdin;
\.


--
-- Data for Name: risk_indicatorcatalogueversion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_indicatorcatalogueversion (id, number, note, created_at, content, reread_total, reread_done, reread_started_at, reread_finished_at, created_by_id) FROM stdin;
1	1	First version: strangulation, threats to kill, weapons, sexual abuse and injuries to non-mobile babies, replacing the word list.	2026-12-08 01:28:51.786101+00	{"cues": [{"phrase": "no|not|never|nil|without|none|nor|neither|nothing|nobody|no_one", "window": 4, "certainty": "negated", "direction": "forward"}, {"phrase": "deny|denies|denied|denying ..1 any|ever|that|there|being|having|it|all|anyone|anybody|anything|that_anyone|that_anything", "window": 12, "certainty": "negated", "direction": "forward"}, {"phrase": "no ..2 sign|signs|evidence|indication|indications|mention|mentions|report|reports|suggestion|disclosure|disclosures|concern|concerns|allegation|allegations|history|suggestions|marks|injuries|injury|visible|obvious|apparent|reported|known", "window": 10, "certainty": "negated", "direction": "forward"}, {"phrase": "rule|ruled|ruling out", "window": 6, "certainty": "negated", "direction": "forward"}, {"phrase": "free_from|free_of|absence_of|nothing_to_suggest|nothing_suggests|nothing_to_indicate|not_been", "window": 8, "certainty": "negated", "direction": "forward"}, {"phrase": "not|never ..2 seen|present|found|disclosed|reported|mentioned|observed|noted|identified|involved|used|made|raised|alleged|suggested|evident|apparent|recovered|located|happened|occurred|true", "window": 5, "certainty": "negated", "direction": "backward"}, {"phrase": "ruled_out|none_seen|nil|none|unfounded|not_substantiated|not_true|untrue|not_the_case|no_injuries|no_marks|not_seen|answered_no|answer_no|said_no|replied_no|response_no|: no|- no|= no|answered_NO", "window": 14, "certainty": "negated", "direction": "backward"}, {"phrase": "previously|previous|prior|formerly|former|historic|historical|historically|history|in_the_past|years_ago|year_ago|as_a_child|as_a_teenager|when_she_was_younger|when_he_was_younger|back_in|old_conviction|convicted|conviction|convictions|sentenced|custodial|jailed|record_for|on_record|pnc|ex-partner_of|previous_relationship|former_relationship|before_they_met|used_to|first_husband|first_partner|first_wife|previous_husband|previous_wife", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "in_the_1990s|in_the_90s|in_the_80s|in_the_2000s", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "years_ago|year_ago|in_the_past|previously|historically|in_a_previous_relationship|previous_relationship|former_relationship|a_previous_partner|a_former_partner|her_previous_partner|his_previous_partner|before_they_met|as_a_child|as_a_teenager|when_she_was_younger|when_he_was_younger|when_she_was_a_child|when_he_was_a_child|when_she_was_little|when_he_was_little|prison|prison_sentence|jailed|convicted|conviction|sentenced|between_#_and_#|since_then|no_contact_since", "window": 14, "certainty": "historical", "direction": "backward"}, {"phrase": "in_the_90s|in_the_1990s", "window": 12, "certainty": "historical", "direction": "backward"}, {"phrase": "whether|might|may_be|in_case|risk_of|at_risk_of|potential|potentially|possibility|possibly|what_if|would_happen_if|asked_if|asked_whether|ask_if|ask_whether|check_if|check_whether|checked_if|checked_whether|checking_for|prevent|preventing|advice_about|advice_on|advised_about|advised_on|safety_plan|warned_about|warned_of|educate|education|awareness|how_to|imagine|imagined|dreams|dreamt|nightmare|nightmares|film|game|story|stories|book|asked_about|asked_her_about|asked_him_about|questions_about|as_per_the|signs_of|indicators_of|about_the_signs|if|might|may|fears_he|fear_he|worried_he|worried_she|scared_he|afraid_he|fears_that_he|worried_that_he|concerned_he|might_get|might_try|frightened_he|frightened_she", "window": 8, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "could_happen|might_happen|may_happen|in_future|in_the_future|one_day", "window": 10, "certainty": "hypothetical", "direction": "backward"}, {"phrase": "report|reports|reported|reporting|state|states|stated|disclose|discloses|disclosed|allege|alleges|alleged|allegedly|claim|claims|claimed|say|says|said|tell|tells|told|inform|informs|informed|according|describe|describes|described|explain|explains|explained|complain|complained|mention|mentioned|believe|believes|believed|witness|witnessed|hear|heard", "window": 14, "certainty": "reported", "direction": "forward"}, {"phrase": "no_doubt|not_only|no_longer|no_further|not_just|no_one_else|no_way|not_sure|no_hesitation|not_hesitate|no_fear|no_idea|no_choice|not_until|not_before|not_long|not_the_first|not_for_the_first|nothing_to_lose|nothing_left|not_to_tell|never_to_tell|not_to_say|never_to_say|not_to|never_to|no_matter|no_good|no_end|not_stop|n't_stop|not_let|n't_let|not_breathe|n't_breathe|not_breathing|n't_breathing|not_get|n't_get|not_speak|n't_speak|not_scream|n't_scream|not_shout|n't_shout|not_move|n't_move|not_live|n't_live|not_see|n't_see|not_survive|n't_survive|not_make|n't_make|not_wake|n't_wake|not_tell|n't_tell|not_say|n't_say|not_leave|n't_leave|not_call|n't_call|not_want|n't_want|not_know|n't_know|not_allow|n't_allow|not_going|n't_going|not_able|never_see|never_walk|never_wake|never_get|never_speak|never_leave|won't_see|won't_live|won't_make|won't_wake|wo_n't|won't|will_not|will_never|nothing_but|not_happy|not_stopping|not_release|n't_release|not_letting|n't_letting|not_stop_until|not_rest|n't_rest|never_forget|not_rolling|not_crawling|not_mobile|not_yet_rolling|not_sitting|not_walking|not_yet_mobile|not_moving|non-mobile|not_yet_crawling|ca_n't_roll|cannot_roll|does_n't_roll|not_yet|not_yet_sitting|not_able_to_sit|n't_sit|n't_move|n't_crawl|n't_roll|not_roll|not_crawl|not_sit|not_stand|n't_stand|not_walk|n't_walk|no_means|no_one_else|not_known|not_family|n't_family|not_her_dad|not_his_dad|not_the_father|not_amira's|not_her_father|not_his_father|not_related|n't_related|n't_joking|not_joking|not_kidding|n't_kidding|not_messing|n't_messing|not_a_joke|no_joke", "window": 0, "certainty": "pseudo", "direction": "forward"}, {"phrase": "told|warned|said|texted|messaged|screamed|shouted|threatened|tells|says|warns ..4 if|that_if|unless|or_else", "window": 0, "certainty": "pseudo", "direction": "forward"}, {"phrase": "but|however|although|though|whereas|whilst|while|which|who|because|until|then|later|after|afterwards|so|and_then|;|–|—|despite|yet|instead|whereupon", "window": 0, "certainty": "terminate", "direction": "forward"}, {"phrase": "has|have|did|does|do|is|was|were ..2 he|she|they|you|anyone|anybody|someone|the_abuser|your_partner|he_or_she ..1 ever", "window": 10, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "at_no_point|at_no_time|never_once|not_once|at_no_stage", "window": 10, "certainty": "negated", "direction": "forward"}, {"phrase": "/19[5-9]\\\\d/|/200\\\\d/|/201\\\\d/|/202[0-3]/|caution|cautioned|dvpo|dvpn|removed|adopted|taken_into_care|was_removed|were_removed|as_a_baby|as_a_toddler|victim_of", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "/19[5-9]\\\\d/|/200\\\\d/|/201\\\\d/|/202[0-3]/|caution|conviction|convicted|dvpo|served|sentence|jail|prison|adopted|removed", "window": 14, "certainty": "historical", "direction": "backward"}, {"phrase": "grew_up|growing_up|childhood|when_he_was_a_boy|when_she_was_a_girl|/(19|20)\\\\d0s/|back_in|years_earlier|years_before", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "scared_one_day|one_day_he|one_day_she|one_day|refused_to_answer|declined_to_answer|did_not_answer|did_n't_answer|would_not_answer|would_n't_answer|/q\\\\d+/|question|questions|advised|advise|advising|explained|explain|explaining|dangers|dangers_of|risks_of|safety_planning|leaflet|screening", "window": 12, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "not_at_any_stage|not_at_any_point|not_at_any_time|no_one|nobody|neither|lack_of|nowhere_near|search_negative|could_not_identify|could_n't_identify|nothing_found|found_nothing", "window": 14, "certainty": "negated", "direction": "forward"}], "patterns": [{"code": "strangle-word", "pattern": "strangle|strangulation|strangulate|strangulated|throttle|asphyxiate|asphyxiation|suffocate|suffocation|smother|garrotte", "indicator": "strangulation"}, {"code": "choke-compound", "pattern": "chokehold|stranglehold|headlock|choke_hold|strangle_hold|sleeper_hold|neck_hold|neckhold|rear_naked_choke|choke-hold|strangle-hold|/chok\\\\w*hold/|choke_-_out|choke_-_outs|choke_-_out_challenge|blackout_challenge|pass_out_challenge|passout_challenge", "indicator": "strangulation"}, {"code": "hands-on-neck", "pattern": "hand|hands|arm|arms|finger|fingers|thumb|thumbs|forearm|knee|elbow|belt|rope|cord|scarf|lead|ligature|wire|cable|tie|strap ..4 round|around|on|across|against|over|to|at ..3 neck|throat|windpipe", "indicator": "strangulation"}, {"code": "grip-neck", "pattern": "grab|squeeze|grip|clutch|press|pin|hold|compress|crush|clamp|wrap|tighten|push|pull|drag|lift|throttle|seize|pinch|constrict ..5 neck|throat|windpipe|airway", "indicator": "strangulation"}, {"code": "neck-grip", "pattern": "neck|throat|windpipe ..4 squeeze|grip|press|pressure|compress|tight|tighten|tightly", "indicator": "strangulation"}, {"code": "by-the-throat", "pattern": "by|round|around|at|for|on ?the|her|his|their|my|your neck|throat", "indicator": "strangulation"}, {"code": "no-breath", "pattern": "can|unable|struggle|stop|fight|gasp|gasping ..3 breathe|breath|breathing|air", "indicator": "strangulation"}, {"code": "air-cut", "pattern": "cut|block|stop|restrict ..2 ?her|his|their|the|my air|airway|airways|oxygen|breathing|breath", "indicator": "strangulation"}, {"code": "pillow-face", "pattern": "pillow|cushion|hand|bag|blanket|duvet|towel|hands ..4 over|on|against|across|into ..4 face|mouth|nose", "indicator": "strangulation"}, {"code": "under-water", "pattern": "hold|push|force|dunk|shove|held|pushed ..4 under|underwater|into ..3 water|bath|surface|bathwater|bath_water|the_water|sink|river|canal|pool|toilet", "indicator": "strangulation"}, {"code": "pass-out", "pattern": "pass|black|lose out|consciousness ..10 neck|throat|breathe|breath|air", "indicator": "strangulation"}, {"code": "neck-marks", "pattern": "mark|bruise|bruising|redness|petechiae|fingermark|scratch|scratches ..4 neck|throat", "indicator": "strangulation"}, {"code": "see-stars", "pattern": "see|saw|seeing stars|spots|black|white ..6 neck|throat|squeeze|grip", "indicator": "strangulation"}, {"code": "threaten-kill", "pattern": "threaten|threat|threatening ..6 kill|murder|stab|shoot|slit|end|dead|death|bury|burn|strangle|finish", "indicator": "threats_to_kill"}, {"code": "death-threat", "pattern": "death|kill|murder ..1 threat|threats|threatening", "indicator": "threats_to_kill"}, {"code": "will-kill", "pattern": "will|would|go|gonna|going|shall|wan|want|promise|swear|vow|gon|'ll|'d ..4 kill|murder|slit|strangle|stab|shoot|bury|kil", "indicator": "threats_to_kill"}, {"code": "kill-you", "pattern": "kill|murder|bury|slit|kil you|ya|u|her|him|them|the_kids|the_children|both_of_you|all_of_you|everyone|everybody|us|your|the_baby|mum|ur|yer|the_lot|all_of_them|both_of_them", "indicator": "threats_to_kill"}, {"code": "youre-dead", "pattern": "you|u|ya|she|he|they|your|youre|ur|everyone|you're|she's|he's|you'll|she'll|he'll ..3 dead|deceased|corpse|goner|dead_meat|done_for", "indicator": "threats_to_kill"}, {"code": "wont-live", "pattern": "will|wo|gonna|going|'ll|shall ..2 not|never|n't ..2 live|survive|see|make|wake ..4 tomorrow|morning|christmas|birthday|week|weekend|night|day|alive|year|summer|easter|18|eighteen|it", "indicator": "threats_to_kill"}, {"code": "in-a-box", "pattern": "in|into|on ?a|the|your|her|his box|coffin|casket|body_bag|grave|ground|morgue|urn|wooden_box|hole", "indicator": "threats_to_kill"}, {"code": "last-breath", "pattern": "last_breath|six_feet_under|pushing_up_daisies|body_bag|end_your_life|end_her_life|end_his_life|take_your_life|take_her_life|take_his_life|end_you|end_her|end_him|finish_you_off|finish_her_off|finish_him_off|do_you_in|do_her_in|do_him_in|wipe_you_out|wipe_her_out|put_you_down|put_her_down|top_you|top_her|top_him|slit_your_throat|slit_her_throat|slit_his_throat|snap_your_neck|snap_her_neck|break_your_neck|break_her_neck|dead_man_walking|dead_woman_walking|blow_your_brains_out|blow_her_brains_out|blow_his_brains_out", "indicator": "threats_to_kill"}, {"code": "kill-word", "pattern": "kil|kll|murda|murdah", "indicator": "threats_to_kill"}, {"code": "weapon-word", "pattern": "weapon|knife|knives|blade|machete|sword|dagger|firearm|gun|pistol|revolver|rifle|shotgun|crossbow|bow_and_arrow|taser|stun_gun|cs_gas|pepper_spray|acid|ammonia|noxious|corrosive|axe|hatchet|cleaver|knuckleduster|knuckle_duster|baton|cosh|nunchucks|samurai|katana|shank|bullet|ammunition|ammo|handgun|box_cutter|boxcutter|stanley|scalpel|bayonet|shiv|sabre|spear|harpoon|slingshot|catapult|airgun|air_rifle|air_gun|bb_gun|pellet_gun|pellet_gun|pellets|bb_gun|air_pistol|ball_bearing_gun|catapult", "indicator": "weapon"}, {"code": "weapon-compound", "pattern": "handgun|shotgun|airgun|stungun|gunman|gunmen|gunshot|gunshots|gunfire|gunpoint|knifepoint|knifeman|knifemen|knife-point|knife_point|gun-point|gun_point|machete-wielding|knife-wielding|gun-wielding|bladed|bladed_article|knifed|knife-crime|/knife\\\\w+/|/\\\\w+knife/|/\\\\w+gun$/|/gun\\\\w+/|/machete\\\\w+/|/weapon\\\\w+/", "indicator": "weapon"}, {"code": "armed", "pattern": "armed|arm_himself|arm_herself|wield|brandish|brandishing|tooled_up|carrying|carry ..4 knife|blade|weapon|gun|blade", "indicator": "weapon"}, {"code": "stab", "pattern": "stab|slash|shoot|knifed|shank|shanked|pistol-whip|pistol_whip|bottled_her|bottled_him|glassed_her|glassed_him", "indicator": "weapon"}, {"code": "blunt-object", "pattern": "hit|strike|struck|beat|attack|threaten|swing|wave|come|go|run|chase|hold|raise|smash|lash|lunge|point|wield|grab|pick|brandish|batter ..6 bat|hammer|baseball|golf_club|iron_bar|metal_bar|crowbar|bottle|chair_leg|plank|brick|spanner|wrench|rolling_pin|frying_pan|poker|implement|object|pole|stick|club|sharp|broken_bottle|bar|screwdriver|scissors|glass|ashtray|iron|kettle|mallet|rock|stone|piece_of_wood|lump_of_wood|cricket_bat|belt_buckle", "indicator": "weapon"}, {"code": "sharp-thing", "pattern": "something|object|item|thing|implement|anything ..3 sharp|blade|bladed|pointed|serrated|metal|silver", "indicator": "weapon"}, {"code": "from-drawer", "pattern": "from|out_of ?the|a kitchen_drawer|cutlery_drawer|drawer|knife_block|knifeblock|block ..8 at|towards|toward|threaten|point|wave|hold|stab|slash|hit|swing|come|lunge|brandish|her|him", "indicator": "weapon"}, {"code": "kitchen-at", "pattern": "grab|get|take|pull|produce|fetch|arm|pick ..4 something|knife|thing|blade|implement ..2 from|out_of ..2 kitchen|drawer", "indicator": "weapon"}, {"code": "sexual-word", "pattern": "rape|sexual_exploitation|sexually_exploited|sexually_exploiting|exploited_sexually|rapist|sexual|sexually|sexualise|sexualised|sexualized|molest|molester|paedophile|pedophile|paedo|nonce|incestinged|cse|csa|penetrate|penetration|indecent|indecently|intercourse|sex|sexting|upskirting|voyeurism|fondle|fondling|sodomy|sodomise|buggery|oral_sex|masturbate|masturbation|masturbating|ejaculate|erection|porn|pornography|pornographic|pimp|pimped|prostitute|prostitution|sextortion|nudes|nude|naked|abused_sexually|assaulted_sexually|interfere|interfered|interfering|touch_up|touched_up|touching_up|feeling_up|felt_up|exposed_himself|exposing_himself|sexual_activity|sexual_touching", "indicator": "sexual_abuse"}, {"code": "sexual-compound", "pattern": "/sex\\\\w+/|/\\\\w*sexual\\\\w*/|/rape\\\\w+/|/\\\\w+rape/|/paedo\\\\w*/|/\\\\w*molest\\\\w*/|/porn\\\\w*/|/\\\\w+porn/", "indicator": "sexual_abuse"}, {"code": "private-parts", "pattern": "touch|rub|feel|wash|washes|washing|bath|bathe|bathing|wipe|wiping|examine|inspect|massage|grab|stroke|fiddle|put|kiss|lick|show|expose|make|hand|hands|finger|fingers|poke|prod|squeeze|pinch|tickle|smack|slap ..6 privates|genital|genitals|genitalia|vagina|penis|willy|willie|fanny|front_bottom|bum|bottom|breast|breasts|boob|boobs|chest|crotch|groin|nipple|nipples|down_below|down_there|between_her_legs|between_his_legs|between_my_legs|between_their_legs|inside_her|inside_him|knickers|pants|underwear|pyjama|pyjamas|nightie|wee_wee|winky|tuppence|foof|minnie|flower|lady_bits|bits|front|bum_bum|where_her_knickers|where_his_pants|wee|willie|parts", "indicator": "sexual_abuse"}, {"code": "images", "pattern": "nude|naked|topless|undressed|explicit|intimate|dirty|rude|indecent|sexy|private|revealing|inappropriate ..3 photo|photograph|picture|pic|image|video|selfie|snap|film|livestream|photos|pictures|pics|images|videos|selfies|snaps", "indicator": "sexual_abuse"}, {"code": "images-of", "pattern": "photo|photograph|picture|pic|image|video|film|snap|selfie|photos|pictures|pics|images|videos|filmed|filming|recorded|recording ..10 naked|undressed|nude|without_her_clothes|without_his_clothes|without_clothes|without_their_clothes|private|privates|in_the_bath|in_the_shower|getting_changed|getting_dressed|body_parts|underwear|bra|knickers|topless|no_clothes|no_clothes_on|nothing_on|with_nothing_on|adult_poses|top_off|her_top_off|his_top_off|on_the_toilet", "indicator": "sexual_abuse"}, {"code": "send-pics", "pattern": "send|ask|want|demand|request|pressure|pressurise|persuade|beg ..6 picture|photo|pic|image|video|snap|selfie ..4 body|underwear|naked|nude|without|of_her|of_him|of_herself|of_himself|private|in_her|in_his|chest|bum|bra", "indicator": "sexual_abuse"}, {"code": "secret-touch", "pattern": "secret|special ..6 touch|touching|game|cuddle|cuddles|tickle|tickling|bath|bed|kisses|kiss", "indicator": "sexual_abuse"}, {"code": "made-to", "pattern": "make|force|tell|ask|get|want|pressure|persuade|coerce ..3 her|him|them|the_child|child|girl|boy|me|daughter|son|cyp|victim ..3 touch|undress|strip|suck|lick|perform|watch|kiss|rub|sit_on_his_lap|sit_on_his_knee|lie_on_top|lie_on ..3 his|her|him|their|private|privates|penis|willy|body|porn|pornography|them|it|him|lap|knee|top|bed", "indicator": "sexual_abuse"}, {"code": "older-online", "pattern": "older|adult|grown|man|men|male|guy|stranger|boyfriend|lad|lads ..12 snapchat|instagram|tiktok|online|message|messages|messaging|dm|dms|whatsapp|chat|chatting|app|gaming|discord|facebook ..12 meet|picture|pictures|photo|photos|pic|pics|body|gift|gifts|money|alcohol|vape|vapes|hotel|car|flat|party|sleep|stay|sleepover|secret|naked|underwear|bra", "indicator": "sexual_abuse"}, {"code": "porn-shown", "pattern": "show|watch|make ..4 porn|pornography|pornographic|adult_film|adult_films|adult_video|adult_videos|blue_film|dirty_film|dirty_films|dirty_video|dirty_videos|rude_video|rude_videos|rude_film", "indicator": "sexual_abuse"}, {"code": "into-bed", "pattern": "get|climb|come|crawl|slip|lie|lay|sneak|go ..3 into|in|under ..3 bed|covers|duvet|sleeping_bag ..12 touch|hand|hands|under|pyjamas|nightie|pants|knickers|clothes|duvet|covers|body|rub|cuddle|naked", "indicator": "sexual_abuse"}, {"code": "sore-down-there", "pattern": "sore|hurt|hurts|hurting|bleed|bleeding|blood|itchy|red|pain|discharge|injury|injuries|bruise|bruising|tear|torn ..4 private|privates|down_there|down_below|front_bottom|genital|genitals|vagina|penis|willy|wee|vaginal|anal|bum|bottom", "indicator": "sexual_abuse"}, {"code": "older-boyfriend", "pattern": "boyfriend|man|male|guy ..3 aged|age|is|who_is|in_his ..2 20|21|22|23|24|25|26|27|28|29|30|30s|twenties|thirties|forties|40|35|19 ..12 sleep|sleeping|stay|stayed|staying|night|overnight|hotel|flat|car|pregnant|sexual|relationship|kissing|kiss|bed|gifts|money|vodka|weed|alcohol|drugs|phone|iphone|cash|trainers|lifts|car", "indicator": "sexual_abuse"}, {"code": "pregnant-child", "pattern": "pregnant|pregnancy ..8 13|14|15|12|11|year_old|yr|yrs|aged|age", "indicator": "sexual_abuse"}, {"code": "baby-injury", "pattern": "baby|babies|infant|newborn|new_-_born|neonate|neonatal|nb|bub|babe|non-mobile|non_mobile|not_mobile|not_crawling|not_rolling|week_old|weeks_old|wk_old|wks_old|month_old|months_old|mth_old|mths_old|mnth_old|week_-_old|month_-_old|/\\\\d+wks?/|/\\\\d+mths?/|/\\\\d+mo/|/\\\\d+mnths?/|/\\\\d+m\\\\/o/|/\\\\d+\\\\/12/ ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|vape|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|splashed|scalding_water|hot_water|hot_drink|hot_tea|kettle|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "injury-baby", "pattern": "bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|vape|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|splashed|scalding_water|hot_water|hot_drink|hot_tea|kettle|handprint_shape|hand_print|ring_of|nail_marks|fingernail ~~14 baby|babies|infant|newborn|new_-_born|neonate|neonatal|nb|bub|babe|non-mobile|non_mobile|not_mobile|not_crawling|not_rolling|week_old|weeks_old|wk_old|wks_old|month_old|months_old|mth_old|mths_old|mnth_old|week_-_old|month_-_old|/\\\\d+wks?/|/\\\\d+mths?/|/\\\\d+mo/|/\\\\d+mnths?/|/\\\\d+m\\\\/o/|/\\\\d+\\\\/12/", "indicator": "baby_injury"}, {"code": "gesture-throat", "pattern": "finger|fingers|thumb|hand ..3 across ..2 throat|neck", "indicator": "threats_to_kill"}, {"code": "not-around", "pattern": "not|never|n't ..2 be ..1 around|alive|here|breathing|living|about ..3 long|much_longer|to|for|by|after|tomorrow|christmas", "indicator": "threats_to_kill"}, {"code": "thrown-liquid", "pattern": "throw|chuck|pour|splash|spray ..6 acid|bleach|drain_cleaner|caustic|ammonia|corrosive|chemical|substance|liquid|petrol|boiling_water|boiling|kettle", "indicator": "weapon"}, {"code": "made-do-stuff", "pattern": "have|had|made|make|force|pressure|expect|want ..5 do|doing stuff|things ..4 with|to|for", "indicator": "sexual_abuse"}, {"code": "sleep-with", "pattern": "sleep|have_sex ..1 with ..3 men|man|males|older|adult|adults|strangers|his_friends|his_mates|mates|him|them", "indicator": "sexual_abuse"}, {"code": "passed-round", "pattern": "pass|passed|passing|share|shared|sharing ..1 her|him ..1 round|around|between", "indicator": "sexual_abuse"}, {"code": "rapped", "pattern": "be|get|been rapped|rapped", "indicator": "sexual_abuse"}, {"code": "clothes-off", "pattern": "take|took|taking|make|made|force ..3 clothes|top|pants|knickers|trousers|underwear|bra|nightie|pyjamas ..1 off", "indicator": "sexual_abuse"}, {"code": "things-to-him", "pattern": "do|doing|did things|stuff ..2 to ..1 him|her|them", "indicator": "sexual_abuse"}, {"code": "forced-himself", "pattern": "force|forced ..1 himself|herself|themselves ..1 on|upon|onto|into", "indicator": "sexual_abuse"}, {"code": "age-injury", "pattern": "# ?- week|weeks|wk|wks|month|months|mth|mths|mnth|mnths|mo|day|days ?- old ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|vape|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|splashed|scalding_water|hot_water|hot_drink|hot_tea|kettle|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "injury-age", "pattern": "bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|vape|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|splashed|scalding_water|hot_water|hot_drink|hot_tea|kettle|handprint_shape|hand_print|ring_of|nail_marks|fingernail ~~14 # ?- week|weeks|wk|wks|month|months|mth|mths|mnth|mnths|mo|day|days ?- old", "indicator": "baby_injury"}, {"code": "choke-person", "pattern": "choke|chocked|choking", "indicator": "strangulation"}, {"code": "choked-by", "pattern": "be|get|been|being|was|were|got choke|chocked", "indicator": "strangulation"}, {"code": "choke-with", "pattern": "choke|chocked ..2 by|with_his|with_her|with_a|with_both|around|round|against", "indicator": "strangulation"}, {"code": "grooming", "pattern": "be|being|been|get|got|getting groom|groomed|grooming", "indicator": "sexual_abuse"}, {"code": "grooming-of", "pattern": "grooming|groomed|groom ..1 of|by|behaviour|behaviours|concerns|concern|offence|offences|risk|online|for_sex|for_sexual|her|him|them|children|girls|boys|kids|young|a_child|the_child|vulnerable|victims|victim", "indicator": "sexual_abuse"}, {"code": "paren-age-injury", "pattern": "( # week|weeks|wk|wks|month|months|mth|mths|mnth|mnths|mo|day|days ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|vape|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|splashed|scalding_water|hot_water|hot_drink|hot_tea|kettle|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "make-sure-dead", "pattern": "make_sure|see_to_it|arrange|pay_someone|paid_someone|get_someone ..4 kill|killed|dead|murder|murdered|die|done_in|taken_out|shot|stabbed", "indicator": "threats_to_kill"}, {"code": "pellets", "pattern": "fire|fires|fired|firing|shoot|shoots|shot|shooting ..4 pellet|pellets|bb|bbs|ball_bearing|ball_bearings|rounds|bullet|bullets|dart|darts|arrow|arrows|bolt|bolts", "indicator": "weapon"}, {"code": "jabbing", "pattern": "jab|jabbing|jabbed|lunge|lunged|lunging|thrust|thrusting|slash|slashed|swipe|swiped|swiping ..6 towards|toward|at|into ..3 stomach|chest|face|neck|side|him|her|them|belly|throat|back|leg|arm", "indicator": "weapon"}, {"code": "filed-down", "pattern": "filed_down|sharpened|sharpened_down|homemade|home-made|improvised ..4 point|weapon|blade|screwdriver|spike|shank|stick|toothbrush", "indicator": "weapon"}, {"code": "made-to-sit", "pattern": "make|force|tell|made|making|forced ..3 her|him|them|child|the_child|the_girl|the_boy ..2 sit_on_his_lap|sit_on_his_knee|sit_on_her_lap|lie_on_top|lie_on_him|lie_on_her|get_into_bed|get_in_bed|sit_on_him|lie_with_him|lie_with_her|shower_with_him|bath_with_him|sleep_in_his_bed|sleep_in_his_room", "indicator": "sexual_abuse"}, {"code": "comma-age-injury", "pattern": "# week|weeks|wk|wks|month|months|mth|mths|mnth|mnths ,|)|; ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|vape|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|splashed|scalding_water|hot_water|hot_drink|hot_tea|kettle|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "coffin-talk", "pattern": "your|her|his|their|ur coffin|gravestone|headstone|funeral|grave|wreath|obituary|tombstone|epitaph", "indicator": "threats_to_kill"}, {"code": "pick-coffin", "pattern": "pick|picking|choose|choosing|order|book|plan|planning|buy ..3 coffin|headstone|gravestone|plot|funeral|wreath", "indicator": "threats_to_kill"}, {"code": "gravestone-name", "pattern": "gravestone|headstone|tombstone|grave ..10 name|her_name|his_name|date|this_year", "indicator": "threats_to_kill"}, {"code": "days-numbered", "pattern": "on_this_earth|days_are_numbered|days_numbered|while_you_still_can|while_you_can|tick_tock|last_day_alive|last_days_alive|last_night_alive|last_christmas|last_birthday|last_week_on|breathe_your_last|meet_your_maker|say_your_prayers|say_goodbye_to_the_kids|say_goodbye_to_your|kiss_the_kids_goodbye|kiss_your_kids_goodbye", "indicator": "threats_to_kill"}, {"code": "burn-house", "pattern": "burn|torch|petrol|set_fire|set_light|fire ..4 house|flat|home|place|car|door ..8 with|while|when ..3 you|her|them|kids|children|in_it|inside|sleeping|asleep|in_bed", "indicator": "threats_to_kill"}, {"code": "never-back", "pattern": "wo|will|'ll|gonna|going|shall ..2 not|never|n't ..2 be ..1 coming|come|getting|leaving ..1 back|home|out|up|alive", "indicator": "threats_to_kill"}, {"code": "sleep-forever", "pattern": "sleep|go_to_sleep|put_to_sleep|make_her_sleep|make_him_sleep ..3 forever|for_good|permanently|for_ever|and_never_wake|never_wake", "indicator": "threats_to_kill"}, {"code": "permanently", "pattern": "sort|deal|get_rid|take_care|shut|silence|finish|handle|fix ..5 permanently|for_good|forever|once_and_for_all", "indicator": "threats_to_kill"}, {"code": "pointed-thing", "pattern": "pointed|pointy|sharp|long|silver|carving|metal|serrated|shiny ..3 thing|object|implement|tool|one ..10 block|drawer|kitchen|at|towards|point|pointing|held|hold|waved|waving|wave|jab|stab", "indicator": "weapon"}, {"code": "jab-into", "pattern": "screwdriver|scissors|pen|fork|needle|syringe|blade|skewer|shard|glass|tip|point|end|edge|corkscrew|compass ..4 into|against|to|at|in ..3 ribs|neck|throat|face|cheek|side|stomach|chest|back|eye|arm|leg|belly|tummy|hand|head", "indicator": "weapon"}, {"code": "hit-with", "pattern": "hit|struck|strike|beat|whack|batter|smash|smack|wallop|thump|clout|belt ..3 her|him|them|me|mum|dad|ip|victim|child|son|daughter|partner|wife|husband|boy|girl|baby ..4 with ..3 a|an|the|it|his|her|something|that|this|one", "indicator": "weapon"}, {"code": "keeps-weapon", "pattern": "keep|keeps|kept|carry|carries|hid|hide|hides|hidden|stash|stashed|store|stores ..6 bar|metal_bar|iron_bar|cosh|baton|knuckles|brass_knuckles|knuckle_duster|knuckledusters|blade|lock-back|lockback|strap|shooter|burner|machete|bat|hammer|axe|crowbar|pipe|pole", "indicator": "weapon"}, {"code": "slang-weapon", "pattern": "skeng|shank|shiv|brass_knuckles|knuckledusters|knuckle-duster|lock-back|lockback|flick-knife|butterfly_knife|zombie_knife|rambo_knife|carving_thing|with_a_barrel|a_barrel", "indicator": "weapon"}, {"code": "blade-length", "pattern": "# ?- inch|inches|cm|centimetre ..3 blade|edge|knife|thing|spike", "indicator": "weapon"}, {"code": "down-there-sore", "pattern": "private|privates|front_bottom|down_there|down_below|bottom|willy|vagina|penis|bum|foof|minnie|fairy|tuppence ..4 sore|hurts|hurt|hurting|bleeding|red|itchy|pain|stings|stinging|burns|burning", "indicator": "sexual_abuse"}, {"code": "got-it-out", "pattern": "got|get|take|took|pulled|pull|show|showed|flash|flashed ..2 his|her thing|willy|penis|private|privates|bits|dick|cock ..1 out", "indicator": "sexual_abuse"}, {"code": "made-watch", "pattern": "make|made|makes|making|force|forced ..2 me|her|him|them|the_child|the_kids ..2 watch|look|touch|hold|kiss|lick|suck", "indicator": "sexual_abuse"}, {"code": "do-stuff-with", "pattern": "do|doing ..2 stuff|things|stuff_with ..4 with|to|for ..4 men|man|him|them|older|adults|males|lads|boys|strangers|his_mates|his_friends", "indicator": "sexual_abuse"}, {"code": "no-clothes", "pattern": "no_clothes|naked|nothing_on|without_clothes|no_clothes_on ..8 doing|rude|stuff|things|touching|together|kissing|lying|bed|video|videos|photos", "indicator": "sexual_abuse"}, {"code": "bottoms-off", "pattern": "bottoms|pants|knickers|trousers|clothes|underwear|pyjama_bottoms ..1 off|down ..12 playing|game|games|mummies_and_daddies|mums_and_dads|touch|touching|secret|brother|sister|cousin|uncle|grandad|man|lad|boy|bed|bedroom|crying|cried|get_off|stop|hurt|hurting|on_top_of|on_top", "indicator": "sexual_abuse"}, {"code": "mummies-daddies", "pattern": "mummies_and_daddies|doctors_and_nurses|grown-up_games|grown_up_games|special_game|secret_game|tickle_game", "indicator": "sexual_abuse"}, {"code": "woke-undressed", "pattern": "woke|wake|waking|came_round|came_to ..12 underwear|knickers|pants|jeans|trousers|clothes|bra|skirt|dress|pyjamas|pajamas|nightie|top|pyjama_bottoms ..2 off|missing|removed|down|undone|ripped|torn", "indicator": "sexual_abuse"}, {"code": "child-pregnant", "pattern": "11|12|13|14|15 ?)|yo|year_old|years_old|yr_old|-_year_-_old ..15 pregnant|pregnancy|expecting", "indicator": "sexual_abuse"}, {"code": "kneel-neck", "pattern": "kneel|knelt|kneeling|sat|sit|sitting|stood|stand|standing|lean|leaned|leant|pin|pinned|press ..4 on|across|onto ..4 neck|throat|windpipe", "indicator": "strangulation"}, {"code": "went-black", "pattern": "everything_went_black|went_black|blacked_out|black_out|passed_out|pass_out|lost_consciousness|went_dark|saw_stars|seeing_stars|went_limp|went_floppy|went_blue|turned_blue|lips_went_blue|lips_turned_blue ~~20 neck|throat|squeeze|squeezed|choke|choked|strangle|strangled|breathe|breath|air|pinned|held|hold|pressed|knelt", "indicator": "strangulation"}, {"code": "held-it-to", "pattern": "held|hold|holding|put|press|pressed|pressing ..2 it|them|this|that|the_blade|the_point ..1 to|against|at|into ..2 her|his|my|their|your ..1 throat|neck|face|cheek|head|chest|side|stomach|ribs|back|temple|eye", "indicator": "weapon"}, {"code": "aimed-at", "pattern": "swing|swung|wave|waved|waving|jab|jabbed|jabbing|point|pointed|pointing|held|hold|holding|raise|raised|brought|thrust|lunge|lunged|fire|fired|aim|aimed|brandish|shook|shake|crackle|zap|zapped ..2 it|them|this|that|the_thing ..3 at|towards|toward|against|near|inches_from|over|up_to|up_at|in ..3 her|him|them|me|mum|mummy|dad|daddy|people|his|the_kids|head|face|tummy|stomach|thigh|neck|throat|chest|back|us|you", "indicator": "weapon"}, {"code": "swing-at", "pattern": "swing|swung|swinging|wave|waved|waving|brandish|brandished|brandishing ..6 at|towards|toward ..2 her|him|another|a_male|a_female|people|them|mum|dad|the|his|my|their|passers-by|a_man|a_woman|me", "indicator": "weapon"}, {"code": "weapon-parts", "pattern": "trigger|holster|sheath|scabbard|cartridge|cartridges|shell_casings|casings|replica_gun|replica_firearm|air_pistol|airsoft|imitation_firearm|serrated|rambo|zombie_one|chopper|bike_chain|nunchaku|nunchucks|pitchfork|log_splitter|taser|tazer|his_protection|her_protection|for_protection|knuckle|knuckles|sharpened|homemade_blade|home-made_blade|spike|spiked|skeng|blaid|blayde|blaide|pistle|pistel|pistoll|gunn|shotgunn|machette|crosbow|crossbo|kinfe|nife|knive|arrow|arrows|bolt_gun|nail_gun_at|cleaver", "indicator": "weapon"}, {"code": "doing-it", "pattern": "doing_it|been_doing_it|do_it_with|did_it_with|sleeping_together|slept_together|have_been_having_sex|having_it_off|had_it_off", "indicator": "sexual_abuse"}, {"code": "sti", "pattern": "chlamydia|gonorrhoea|gonorrhea|syphilis|genital_warts|herpes|sti|std|sexually_transmitted|morning_after_pill|emergency_contraception|pregnancy_test", "indicator": "sexual_abuse"}, {"code": "do-what-they-want", "pattern": "do ..2 what ..2 they|he|men|the_men ..1 want|wanted|wants|say|said|tell|told", "indicator": "sexual_abuse"}, {"code": "nothing-on", "pattern": "nothing_on|no_clothes_on|naked|with_nothing_on ..6 in_front_of|around|with_her|with_him|on_his_lap|on_her_lap|next_to", "indicator": "sexual_abuse"}, {"code": "grooming-phrases", "pattern": "our_secret|our_little_secret|our_special_secret|keep_it_secret|keep_it_a_secret|don't_tell_your_mum|do_n't_tell_your_mum|dont_tell_your_mum|wouldn't_understand|would_n't_understand|more_mature|mature_for_your_age|little_girlfriend|my_girlfriend|special_friend|wear_in_bed|wears_in_bed|what_you_wear|secret_boyfriend|sugar_daddy", "indicator": "sexual_abuse"}, {"code": "the-thing", "pattern": "put_it_in|put_his_thing|made_me_do_the_thing|do_the_thing|does_the_thing|the_thing_in_the_car|his_thing_in|touch_his_thing|touched_his_thing|suck_it|sucked_it|lick_it", "indicator": "sexual_abuse"}, {"code": "on-top-of", "pattern": "lying|lay|laid|was|got|climbed|climbing ..1 on_top_of ..2 her|him|the_girl|the_boy|the_child|maisie|me", "indicator": "sexual_abuse"}, {"code": "room-with-men", "pattern": "go|went|taken|seen|gone|going|took ..4 into|in|to ..2 a_room|hotel_room|room|flat|bedroom|hotel ..4 with ..3 men|adult_men|older_men|adult_males|older_males|two_men|three_men|several_men", "indicator": "sexual_abuse"}], "exclusions": [{"pattern": "choke|choking|chocked ..3 on ..3 food|sweet|sweets|grape|grapes|crisp|crisps|bone|bread|drink|water|toy|lego|coin|sandwich|biscuit|milk|apple|sausage|popcorn|dinner|tea|breakfast|lunch|meal|piece|bit|carrot|chips|nut|nuts|peanut|sweetcorn|pasta|bottle|feed|vomit|sick|spit|dummy|button|battery|marble|chewing_gum|gum|smoke|fumes", "indicator": "strangulation"}, {"pattern": "choke|choking ..1 up|back|tears|laugh|laughing|cough|coughing|emotional", "indicator": "strangulation"}, {"pattern": "choked ..1 up|back", "indicator": "strangulation"}, {"pattern": "stiff|sore|pain|painful|crick|crook|tattoo|necklace|scarf|rash|infection|lump|ache|strain|surgery|operation|tonsils|tonsillitis|cold|cough|swab|lozenge|spray|cream|pain_in_the ..3 neck|throat", "indicator": "strangulation"}, {"pattern": "neck|throat ..2 infection|ache|pain|sore|stiff|tattoo|lozenge|brace|swab|surgery|chain|necklace|pillow|warmer|injury|cancer|problems|clearing|cleared", "indicator": "strangulation"}, {"pattern": "asthma|inhaler|panic|anxiety|crying|sobbing|croup|chest_infection|covid|hyperventilat*|swimming|running|laughing|cold|cough|virus|nebuliser|allergic|allergy|reaction|smoke|fumes ..8 breathe|breath|breathing|air", "indicator": "strangulation"}, {"pattern": "breathe|breath|breathing|air ..8 asthma|inhaler|panic|anxiety|crying|sobbing|croup|chest_infection|covid|hyperventilat*|nebuliser|allergic|allergy|reaction|smoke|fumes|laughing|cold|cough|virus|running|ran", "indicator": "strangulation"}, {"pattern": "neck_and_neck|neck_of_the_woods|up_to_his_neck|up_to_her_neck|up_to_their_neck|up_to_my_neck|stick_his_neck|stick_her_neck|stuck_his_neck|stuck_her_neck|breathing_down|jump_down_his_throat|jump_down_her_throat|down_his_throat|down_her_throat|down_their_throat|clear_his_throat|clear_her_throat|cleared_his_throat|cleared_her_throat|frog_in|lump_in_her_throat|lump_in_his_throat|at_each_other's_throats|each_other's_throats|cut-throat|cutthroat|pain_in_the_neck|dead_ringer", "indicator": "strangulation"}, {"pattern": "smother|smothered|smothering ..3 in|with ..2 ketchup|sauce|gravy|kisses|love|attention|cream|butter|affection|chocolate", "indicator": "strangulation"}, {"pattern": "catch|catching|caught|get|got|take|took|taking|hold|held|holding ..2 ?her|his|their|my breath", "indicator": "strangulation"}, {"pattern": "breath_of_fresh_air|breathing_space|breathe_a_sigh|breathed_a_sigh|breathing_a_sigh|take_a_breath|deep_breath|deep_breaths|catch_her_breath|catch_his_breath|out_of_breath|short_of_breath|shortness_of_breath|breathing_difficulties|breathing_problems|waste_of_breath|under_her_breath|under_his_breath|under_their_breath|breathalyser|breathalysed|breath_test|breath_tested", "indicator": "strangulation"}, {"pattern": "headlock|chokehold|choke_hold|wrestle|wrestling|wwe|judo|jujitsu|jiu|mma|bjj|playfight|play_fight|play-fight|messing|mucking|play|playing|game|games ..8 headlock|chokehold|choke_hold|wrestle|wrestling|wwe|judo|jujitsu|jiu|mma|bjj|playfight|play_fight|play-fight|messing|mucking|play|playing|game|games", "indicator": "strangulation"}, {"pattern": "pass|passed|black|blacked ..1 out ..6 drunk|drink|alcohol|vodka|cider|beer|drugs|spice|intoxicated|pills|heat|exhausted|ketamine|ket|nos|balloon|balloons|sofa|settee|couch|bed|floor", "indicator": "strangulation"}, {"pattern": "drunk|drink|alcohol|vodka|cider|beer|drugs|spice|intoxicated|pills|ketamine|nos|drinking|drank ..8 pass|passed|black|blacked ..1 out", "indicator": "strangulation"}, {"pattern": "hold|holding|held|grab|grabbed|grip|gripped|pull|pulled|push|pushed ..3 hand|hands|arm|arms|wrist|wrists|hair|collar|hood|hoody|hoodie|coat|jacket|top|shirt|bag|phone|door|lead", "indicator": "strangulation"}, {"pattern": "cut|cuts|cutting ..2 ?her|his|their|the air ..1 with|conditioning|fryer|freshener|con|con_unit|bed|raid|port|miles", "indicator": "strangulation"}, {"pattern": "tie|ties|tied|lead|leads ..2 around|round|on ..2 neck ..1 for|as|of|while|wearing|wore", "indicator": "strangulation"}, {"pattern": "dog|dogs|puppy|cat ..6 neck|throat|lead|collar", "indicator": "strangulation"}, {"pattern": "air ..1 con|conditioning|fryer|freshener|raid|port|miles|bnb|bed|rifle|gun|pistol|pump", "indicator": "strangulation"}, {"pattern": "*lock ..0 screen|pad|padlock|key|keys|door|bike|combination|smith", "indicator": "strangulation"}, {"pattern": "padlock|unlock|lock|locked|locker|lockdown|locksmith|deadlock|gridlock|wedlock|dreadlock|dreadlocks|airlock|hemlock", "indicator": "strangulation"}, {"pattern": "throttle ..2 engine|bike|motorbike|car|moped|accelerator|pedal|petrol|fuel", "indicator": "strangulation"}, {"pattern": "no_air_in|air_in_the|fresh_air|air_out|on_air|on_the_air|open_air", "indicator": "strangulation"}, {"pattern": "kill ..2 time|two_birds|the_mood|the_vibe|the_lights|the_engine|the_music|the_tv|the_battery|for_a|for|joke|jokes|switch|weeds|germs|bacteria|pain|it_off|off|spiders|spider|flies|fly|wasps|wasp|ants|bugs|slugs|mice|rats|plants|zombies|enemies|monsters|characters|players|people_in_the_game", "indicator": "threats_to_kill"}, {"pattern": "killing ..1 time|myself_laughing|himself_laughing|weeds|germs|spiders|flies|zombies|monsters|enemies", "indicator": "threats_to_kill"}, {"pattern": "game|games|gaming|fortnite|call_of_duty|gta|xbox|playstation|ps4|ps5|console|minecraft|roblox|zombie|zombies|film|movie|book|show|series|documentary|podcast|tv|programme|video_game ..12 kill|killing|murder|murdered|dead|death|die|shoot|shooting|gun|guns|stab|weapon|weapons|blood|knife|knives", "indicator": "threats_to_kill"}, {"pattern": "kill|killing|murder|dead|death|die|shoot|shooting|gun|guns|stab|weapon|weapons|knife ..12 game|games|gaming|fortnite|call_of_duty|gta|xbox|playstation|ps4|ps5|console|minecraft|roblox|zombie|zombies|film|movie|book|show|series|documentary|podcast|programme|video_game", "indicator": "threats_to_kill"}, {"pattern": "dress|dressed|dressing|look|looks|looking ..1 to ..1 kill", "indicator": "threats_to_kill"}, {"pattern": "murder ..2 mystery|cup_of_tea|a_coffee|a_brew|a_pint|a_curry|a_takeaway|for_a|documentary|podcast|programme|drama|series|film|book|novel|game|she_wrote|on_the_dancefloor|a_cuppa|a_burger|a_pizza|a_kebab|a_biscuit|a_tea", "indicator": "threats_to_kill"}, {"pattern": "would|'d|could ..1 kill|murder ..1 for ..2 a|an|some", "indicator": "threats_to_kill"}, {"pattern": "dead ..1 battery|phone|tired|end|ends|easy|serious|against|set|on_time|good|funny|quiet|loud|heat|beat|bored|boring|weight|line|zone|certain|excited|nice|lucky|simple|right|hard|proud|keen|cute|sweet|worried|upset|late|early|busy|long|fast|slow|ringer|leg|legs|arm|rubber|skin|body|bird|birds|fish|rat|rats|mouse|mice|plant|plants|animal|animals|pet|pets|hamster|wasp|wasps|insect|insects|spider|spiders|fly|flies|sure|chuffed|happy|pleased", "indicator": "threats_to_kill"}, {"pattern": "in|into ?a|the box_room|boxroom|box_of|toy_box|toybox|xbox|ground_floor|groundfloor|playground|underground|grounds|background|hole_in|holes|hole_punch|urn_of", "indicator": "threats_to_kill"}, {"pattern": "bury|buried|burying ..2 ?her|his|their|my head|face|toys|bone|sand|hamster|pet|dog|cat|fish|goldfish|rabbit|treasure|time_capsule", "indicator": "threats_to_kill"}, {"pattern": "end ..1 of|up|result|date|point|table|terrace|house|game|credits|user|ed|in_tears", "indicator": "threats_to_kill"}, {"pattern": "will|would|going|gonna|about|shall|want|'ll ..3 end ..1 ?the relationship|things|it|contact|tenancy|placement|call|marriage|up|pregnancy|school|term|sentence|shift|visit", "indicator": "threats_to_kill"}, {"pattern": "kill|killed|kills|killing|end|ended|ending|take|took|taking ..3 himself|herself|themselves|myself|yourself|themself|own_life", "indicator": "threats_to_kill"}, {"pattern": "suicide|suicidal|overdose|self_harm|self-harm|selfharm|life_not_worth|not_worth_living|want_to_die|wants_to_die|wanted_to_die|end_it_all|ending_it_all", "indicator": "threats_to_kill"}, {"pattern": "shoot|shooting|shot ..2 hoop|hoops|video|film|photo|photos|goal|goals|pool|penalty|penalties|basketball|netball|football", "indicator": "threats_to_kill"}, {"pattern": "knife|knives ..1 and|& ..1 fork|forks", "indicator": "weapon"}, {"pattern": "butter|bread|steak|cheese|fruit|palette|craft|table|plastic|paper|pizza|vegetable|veg|cake|pen|putty|carving|cutlery ..1 knife|knives", "indicator": "weapon"}, {"pattern": "nerf|toy|water|glue|staple|nail|spray|paint|paintball|laser|lazer|heat|massage|bubble|cap|foam|squirt|starting|starter|grease|caulk|hot_glue|glitter|ray|tape|temperature|speed|radar|thermometer|plastic|pretend|play|lego|playmobil|super_soaker ..1 gun|guns|pistol|pistols|blaster|blasters|rifle|rifles|sword|swords|weapon|weapons|knife|knives", "indicator": "weapon"}, {"pattern": "shoot|shooting|shoots|shot|shots ..2 hoop|hoops|basket|baskets|video|videos|film|films|photo|photos|photograph|goal|goals|penalty|penalties|pool|scene|ball|netball|basketball|football|the_breeze|a_look|a_glance|glances|up|down|past|off|him_a|her_a|me_a|across|through|into|from|a_message|a_text|a_dirty_look|the_messenger|home|out|back|round|over|hoops", "indicator": "weapon"}, {"pattern": "photo|video|camera|film|penalty|goal|basketball|netball|football|hoops|flu|booster|vaccination|vaccine|jab|jabs|injection|injections|immunisation|immunisations|covid|mmr|tetanus|photo|photoshoot|music_video ..2 shoot|shot|shots|shooting", "indicator": "weapon"}, {"pattern": "big_shot|hot_shot|mug_shot|mugshot|long_shot|gun-shy|guns_blazing|stick_to_her_guns|stick_to_his_guns|stuck_to_her_guns|stuck_to_his_guns|jumped_the_gun|jump_the_gun|jumping_the_gun|top_gun|son_of_a_gun|smoking_gun|shotgun_wedding|shotgun_seat|called_shotgun|calls_shotgun|flu_shot|booster_shot|shot_glass|shot_glasses", "indicator": "weapon"}, {"pattern": "acid_reflux|acid_test|citric_acid|folic_acid|acid_house|amino_acid|stomach_acid|lactic_acid|battery_acid", "indicator": "weapon"}, {"pattern": "knife_crime|knife-crime|weapon_awareness|weapons_awareness|knife_awareness|knife_amnesty|knife_bin|knife_angel|knife_arch|knife_edge|knife-edge|blade_of_grass|blades_of_grass|roller_blades|rollerblades|rollerblade|rollerblading|shoulder_blade|shoulder_blades|fan_blade|fan_blades|turbine_blades|wiper_blade|wiper_blades|razor_blade_scooter|bullet_point|bullet_points|bullet_journal|bullet_train|magic_bullet|bite_the_bullet|dodged_a_bullet|dodge_a_bullet|bullet-point|gunpoint_of_view|point_of_view|knife_block|knifeblock|butter_knife", "indicator": "weapon"}, {"pattern": "cut|cutting|chop|chopping|slice|slicing|peel|peeling|carve|carving|spread|spreading|prepare|preparing|butter|buttering|sharpen|sharpening|wash|washing|washed|dry|drying|dried|put_away|putting_away|cook|cooking|cooked|make|making|eat|eating|ate|dinner|tea|meal ..6 knife|knives|scissors|blade", "indicator": "weapon"}, {"pattern": "knife|knives|scissors ..6 vegetable|vegetables|veg|onion|onions|bread|food|apple|apples|carrot|carrots|potato|potatoes|meat|chicken|cake|sandwich|sandwiches|toast|fruit|tomato|tomatoes|tea|dinner|lunch|meal|pizza|turkey|roast|pumpkin|string|tape|paper|ribbon|rope|tag|tags|label|labels|cardboard|wood|dishwasher|sink|draining_board|drainer|washing_up|dishwasher|worktop|counter|cupboard|fork|forks|spoon|spoons|plate|plates|dishes|crafts|craft|fringe|hair|nails", "indicator": "weapon"}, {"pattern": "craft|crafts|hair|nail|nails|safety|paper|children's|kids ..2 scissors", "indicator": "weapon"}, {"pattern": "razor ..2 shaving|shave|bathroom|cabinet|legs|beard|scooter|burn", "indicator": "weapon"}, {"pattern": "shaving|shave|bathroom|disposable|electric|pink ..2 razor|razors", "indicator": "weapon"}, {"pattern": "screwdriver|hammer|drill|spanner|wrench|saw ..6 toolbox|tool_box|tools|shelf|shelves|flatpack|flat_pack|diy|fix|fixing|fixed|assemble|assembling|wardrobe|bike|battery|toy|repair|repairing|job|work|van|garage|shed|nails|picture|pictures|building|builder|builders|joiner|plumber|electrician|workshop", "indicator": "weapon"}, {"pattern": "axe ..1 body_spray|deodorant|the|to|job|jobs|funding|service|budget|cuts|club|throwing|effect", "indicator": "weapon"}, {"pattern": "glass|glasses ..1 of ..1 water|wine|milk|juice|squash|coke|lemonade|vodka|beer|cider|whisky|gin|prosecco|pop", "indicator": "weapon"}, {"pattern": "glass ..2 window|windows|door|doors|bottle|bottles|table|screen|panel|pane|cabinet|front|recycling|frame|ceiling|roof|vase|jar|jars|bowl|ornament|cup|cups|eye|half|fibre|sea|stained|magnifying|looking|on_the_floor|shattered|smashed|shards|broken|cracked|cup|wine|pint|shot|drinking|reading|cut|splinter", "indicator": "weapon"}, {"pattern": "wine|drinking|drink|pint|shot|reading|pair|magnifying|broken|smashed|shattered|cracked|window|bathroom|sunglasses|wearing|wears|his|her|their|my|new|nhs|prescription|optician|opticians|a|the|of|empty|full ..1 glass|glasses", "indicator": "weapon"}, {"pattern": "bottle ..2 milk|feed|feeding|feeds|formula|baby|water|juice|wine|vodka|beer|cider|whisky|gin|spirits|empty|empties|bottles|recycling|bank|top|tops|opener|steriliser|sterilised|warmer|prep|machine|gas|hot_water|shampoo|perfume|medicine|calpol|coke|pop|fizzy|sauce|ketchup|bleach|bubble|fed|feeder|teat|sterilising", "indicator": "weapon"}, {"pattern": "empty|milk|feeding|formula|baby|water|wine|vodka|beer|cider|whisky|gin|spirits|juice|sauce|plastic|hot_water|gas|shampoo|medicine|perfume|calpol|coke|pop|fizzy|feed|feeds|his|her|their|a|the|bleach|ketchup|sterilised|warm|cold|squash|cleaning|half|full|last|night|morning|evening|bedtime|first|next|own|of|spirit ..1 bottle|bottles|bottled", "indicator": "weapon"}, {"pattern": "bottled ..1 water|milk|up|beer|gas|feelings|emotions|it", "indicator": "weapon"}, {"pattern": "bleach ..3 hair|bath|toilet|bathroom|kitchen|floor|clean|cleaning|sink|surfaces|bottle|cupboard|white|whites|teeth|smell|smelt|smelled|spill|spilt|spilled", "indicator": "weapon"}, {"pattern": "clean|cleaning|cleaned|smell|smelt|smells|cupboard|bottle|bottles|toilet|kitchen|under_the_sink|household|domestos|spilt|spilled|spill|drank|drunk|swallowed|swallow|ingest|ingested ..4 bleach|ammonia|acid", "indicator": "weapon"}, {"pattern": "bat|bats ..2 roost|roosting|loft|cave|colony|survey|walk|night|wing|wings|mitzvah|an_eyelid|eye", "indicator": "weapon"}, {"pattern": "cricket|baseball|rounders|softball|table_tennis|tennis|badminton|squash ..1 bat|bats|racket|racquet ..4 club|clubs|lesson|lessons|practice|training|team|match|game|games|kit|bag|cupboard|shed|garage|sport|sports|course|pitch|trip|ball|tournament|fixture|fixtures|session|sessions|after_school|umpire|playing|play|played|garden|park|school", "indicator": "weapon"}, {"pattern": "play|playing|played|plays|practice|practise|practising|training|match|game|games|team|lesson|lessons|sport|sports|pe ..6 cricket|baseball|rounders|softball|tennis|badminton|golf|hockey|bat|club|stick|racket|racquet", "indicator": "weapon"}, {"pattern": "youth|football|rugby|boxing|breakfast|after_school|homework|book|night|chess|drama|lunch|social|sports|tennis|swimming|sailing|dance|art|gardening|computer|coding|gaming|netball|athletics|running|cycling|judo|karate|taekwondo|kickboxing|boys|girls|gym|health|dining|rotary|lions|working_men's|working_mens|cricket_club|golf_club|football_club|rugby_club|night_club|nightclub|book_club ..1 club|clubs", "indicator": "weapon"}, {"pattern": "club|clubs ..1 house|houses|night|nights|card|cards|member|members|membership|leader|leaders|meeting|meetings|sessions|session|activities|trip|trips|kit|foot|moss", "indicator": "weapon"}, {"pattern": "attack|attacked|attacks ..3 asthma|panic|anxiety|heart|seizure|migraine|allergy|allergic|dog|dogs|seagull|seagulls|wasp|wasps|bees|bee|cat|cats|fox|geese|goose|swan|swans|virus|malware|hacked|hacking|cyber|ransomware|verbal|verbally", "indicator": "weapon"}, {"pattern": "asthma|panic|anxiety|heart|seizure|migraine|allergic|allergy|cyber|dog|dogs|verbal|verbally|sickle_cell|gall_bladder|gallbladder ..1 attack|attacks|attacked", "indicator": "weapon"}, {"pattern": "point ..1 of|out|out_that|is|was|being|in|at|where|when|to_note|taken|made|about|on|across", "indicator": "weapon"}, {"pattern": "appointment|appointments|disappoint|disappointed|disappointing|disappointment|standpoint|viewpoint|powerpoint|checkpoint|midpoint|endpoint|breaking_point|flashpoint|starting_point|access_point|needlepoint|pinpoint|ballpoint|ballpoint_pen|decimal_point|match_point|vantage_point|turning_point|focal_point|sticking_point|high_point|low_point|talking_point|boiling_point|selling_point|meeting_point|pick-up_point|pickup_point|drop-off_point|contact_point|entry_point|exit_point|tipping_point", "indicator": "weapon"}, {"pattern": "stick|sticks ..2 of ..1 gum|rock|celery|butter|deodorant|glue|lipstick|chalk|incense|cinnamon", "indicator": "weapon"}, {"pattern": "glue_stick|walking_stick|lolly_stick|lollipop_stick|pogo_stick|hockey_stick|joystick|chopstick|chopsticks|lipstick|drumstick|drumsticks|memory_stick|usb_stick|fish_stick|fish_sticks|candlestick|slapstick|yardstick|matchstick|matchsticks|broomstick|selfie_stick|stick_on|stick_to|stick_with|stick_up|stick_around|stick_together|stuck|sticker|stickers|sticky", "indicator": "weapon"}, {"pattern": "object|objects|item|items|implement|implements|thing|things|something|anything ..4 lost|found|property|belongings|clothing|clothes|toys|toy|furniture|household|personal|valuables|stolen|missing|swallowed|swallow|of_interest|of_value|to_object|objected|objecting|objection|objections|fell|fall|falling|dropped|drop|broken|broke|smashed|damaged|nose|ear|mouth|bag|pocket|room|bedroom|floor|shop|shops|shopping|buy|bought", "indicator": "weapon"}, {"pattern": "swallowed|swallow|put|stuck|lodged|lost|found|threw|thrown|throw|throwing|pick_up|picked_up|tidy|tidied|tidying|belongings|property|personal ..4 object|objects|item|items|thing|things|something|anything", "indicator": "weapon"}, {"pattern": "fire ..1 alarm|alarms|door|doors|brigade|service|drill|drills|exit|exits|escape|safety|station|engine|engines|fighter|fighters|extinguisher|extinguishers|place|places|work|works|pit|pits|wood|guard|guards|risk|hazard|hazards|officer|crew|crews|fighting|fighters", "indicator": "weapon"}, {"pattern": "sharps|sharps_bin|sharps_box|sharps_container|needles_bin", "indicator": "weapon"}, {"pattern": "sharp ..1 pencil|pencils|tongue|mind|wit|turn|corner|intake|drop|rise|fall|eye|eyes|pain|pains|focus|contrast|increase|decrease|decline|dressed|dresser|suit|shooter|shooters|learner|lad|girl|boy|memory|minded|witted|tongued", "indicator": "weapon"}, {"pattern": "sharp ..1 object|objects|item|items|implement|implements|thing|things ..4 bin|bins|box|boxes|disposal|container|containers|drawer|cupboard|safely|locked|away|out_of_reach|stored|storage|floor|carpet|glass|toys", "indicator": "weapon"}, {"pattern": "kitchen_drawer|cutlery_drawer|drawer ..2 of ..1 clothes|socks|toys|pants|cutlery|knives", "indicator": "weapon"}, {"pattern": "from|out_of ?the|a kitchen_drawer|cutlery_drawer|drawer|knife_block|knifeblock|block ..8 spoon|spoons|fork|forks|teaspoon|ladle|scissors_for|batteries|charger|snack|snacks|sweets|biscuits|chocolate|keys|key|money|cash|purse|wallet|lighter|lighters|matches|medication|tablets|pills|paracetamol|plaster|plasters", "indicator": "weapon"}, {"pattern": "stab|stabbed|stabbing ..1 at ..1 the ..1 food|dinner|plate|keyboard|screen|buttons|remote|controller", "indicator": "weapon"}, {"pattern": "stab ..1 in ..1 the ..1 dark", "indicator": "weapon"}, {"pattern": "stabbing ..1 pain|pains|sensation|feeling", "indicator": "weapon"}, {"pattern": "pistol-whipped|whipped|whip|whips ..1 cream|up", "indicator": "weapon"}, {"pattern": "armed ..1 forces|force|services|service|with ..2 information|info|evidence|advice|facts|paperwork|documents|a_list|questions|her_phone|his_phone|a_letter|leaflets", "indicator": "weapon"}, {"pattern": "carry|carrying|carries|carried ..4 bag|bags|shopping|baby|child|toddler|pram|buggy|car_seat|box|boxes|washing|laundry|toys|books|school_bag|schoolbag|rucksack|backpack|suitcase|case|coat|lunch|lunchbox|phone|keys|wallet|purse|on|out|over|weight|burden|extra|responsibilities|the_can|a_tune|card|cards|id|inhaler|epipen|medication|water|bottle|drink|drinks|wood|logs|boxes|him|her|them|it", "indicator": "weapon"}, {"pattern": "bow|bows ..1 and ..1 arrow|arrows ..4 toy|game|archery|club|lesson|target|play|playing", "indicator": "weapon"}, {"pattern": "archery|archery_club|target_practice ..6 bow|bows|crossbow|arrow|arrows", "indicator": "weapon"}, {"pattern": "hit|hitting|hits|struck|strike|strikes|striking ..2 the ..1 ball|balls|jackpot|target|targets|headlines|right_note|road|hay|sack|books|roof|ceiling|wall|walls|door|floor|ground|deck|shops|town|gym|bottle|pub|pubs", "indicator": "weapon"}, {"pattern": "hit|hits ..1 and ..1 run|miss|misses", "indicator": "weapon"}, {"pattern": "on ..1 strike|strikes", "indicator": "weapon"}, {"pattern": "sex ..1 education|ed|eds|lesson|lessons|and_relationships|and_relationship|worker|workers|offender_register|register|offenders_register|shop|appeal|drive|life|change|discrimination|female|male|m|f|marker|at_birth|assigned|unknown|of_the|of_baby|of_child|of_the_baby|of_the_child", "indicator": "sexual_abuse"}, {"pattern": "same ..1 sex|sexes", "indicator": "sexual_abuse"}, {"pattern": "sex ?:|-|/|= m|f|male|female|unknown|not_known", "indicator": "sexual_abuse"}, {"pattern": "gender|sex|dob|d.o.b|age|ethnicity|nationality|religion|name|address ..1 :|-|/", "indicator": "sexual_abuse"}, {"pattern": "sexual ..1 health|orientation|identity|health_clinic|health_nurse|health_service|health_services|health_education|relationships_education|relationship_education|and_reproductive|harassment_policy|education|orientation|diversity", "indicator": "sexual_abuse"}, {"pattern": "sexuality|bisexual|homosexual|heterosexual|asexual|pansexual|transsexual", "indicator": "sexual_abuse"}, {"pattern": "rapeseed|rape_seed|rape_field|rape_fields|oilseed_rape|field_of_rape|rapeseed_oil|grape|grapes|drape|drapes|scrape|scraped|scrapes|scraping|scraper|rapper|rappers|rapping|trapeze|rapport|grapefruit|crepe|crepes", "indicator": "sexual_abuse"}, {"pattern": "groom|grooming|groomed|groomer|groomers ..2 dog|dogs|pet|pets|puppy|cat|horse|horses|pony|ponies|parlour|salon|appointment|kit|appointments|bride|wedding|best_man|ushers|usher|brush|brushing", "indicator": "sexual_abuse"}, {"pattern": "dog|dogs|pet|pets|puppy|cat|horse|horses|pony|ponies|bride|wedding|self|personal|good|well|poorly|dog's|cat's|horse's|pony's ..1 groom|grooming|groomed|groomer|groomers|-groomed", "indicator": "sexual_abuse"}, {"pattern": "bride_and_groom|well_groomed|well-groomed|self-grooming|personal_grooming", "indicator": "sexual_abuse"}, {"pattern": "exploitation|exploited|exploit|exploiting ..2 criminal|county_lines|drug|drugs|labour|financial|financially|money|benefits|modern_slavery|cce|lines|dealing|dealers|gang|gangs|loophole|loopholes|weakness|weaknesses|bug|glitch", "indicator": "sexual_abuse"}, {"pattern": "criminal|county_lines|drug|drugs|labour|financial|financially|money|benefits|modern_slavery|cce|gang|gangs|criminally|child_criminal ..2 exploitation|exploited|exploit|exploiting", "indicator": "sexual_abuse"}, {"pattern": "touch|touched|touching ..1 base|wood|up_on|screen|typing|type|down|a_nerve|on|upon|of|with|the_cooker|the_oven|the_hob|the_kettle|the_iron|the_fire|the_heater|the_radiator|the_dog|the_cat|a_nettle|nettles|the_wall|a_spider|the_glass|the_window|the_door|her_phone|his_phone|the_tv|the_remote|food|money|his_stuff|her_stuff|my_stuff|their_stuff|his_things|her_things|anything|everything|nothing|alcohol|drugs|drink|a_drop|the_sides|wood|paint|the_hot|hot|the_plug|the_socket|the_candle|the_candles", "indicator": "sexual_abuse"}, {"pattern": "in ..1 touch|contact", "indicator": "sexual_abuse"}, {"pattern": "keep|kept|keeping|get|got|getting|stay|stayed|staying|lost|losing ..2 in ..1 touch", "indicator": "sexual_abuse"}, {"pattern": "touch_base|touch-typing|touch_typing|touchscreen|touch_screen|touchpad|touch_point|touchpoint|touched_base|soft_touch|touchy|touching_base", "indicator": "sexual_abuse"}, {"pattern": "chest ..1 infection|infections|pain|pains|of_drawers|freezer|x-ray|xray|drain|compressions|compression|high|deep|wheezy|tight|tightness|cold|cough|ache|problems|clinic|rattly|rattling|sounds", "indicator": "sexual_abuse"}, {"pattern": "bottom ..1 of|lip|drawer|shelf|set|bunk|floor|step|stair|stairs|line|end|half|up|out|right|left|field|garden|road|street|lane|corner|flat|house|bit|row|layer|score|marks|grade|grades|class|group|sets|teeth|tooth|drawer|cupboard|rung|sheet|sheets|bed", "indicator": "sexual_abuse"}, {"pattern": "rock_bottom|the_bottom_of|at_the_bottom|top_to_bottom|bottom_line|bottoms_up|pyjama_bottoms|tracksuit_bottoms|jogging_bottoms|joggers|bikini_bottoms|school_bottoms", "indicator": "sexual_abuse"}, {"pattern": "wet|wetting|wets|soiled|soiling|soil|dirty|clean|change|changed|changing|spare|new|washing|wash|washed|school|pe|swimming|wee|pee|poo|pooped|peed|accident|accidents|dry|drying|laundry|put_on|dressed|dress|dressing|pull_up|pull-up|pulled_up|wore|wearing|wear|no ..2 pants|knickers|underwear|pyjamas|pyjama|nightie|bed|bedding|sheets|clothes|bottoms|trousers|uniform", "indicator": "sexual_abuse"}, {"pattern": "pants|knickers|underwear|pyjamas|pyjama|nightie|bedding|sheets ..2 wet|soiled|dirty|clean|washing|wash|drawer|line|basket|changed|changing|drying|dry|size|shopping|and_top|and_t-shirt|and_shirt|and_socks|and_jumper|and_vest|to_school|in_the_wash|for_school|party|day", "indicator": "sexual_abuse"}, {"pattern": "dirty ..1 nappy|nappies|clothes|clothing|dishes|plates|washing|laundry|house|home|kitchen|bathroom|carpet|floor|floors|walls|sheets|bedding|bed|room|bedroom|mattress|pans|cups|mugs|glasses|cutlery|cooker|toilet|bath|fridge|hands|face|feet|hair|nails|shoes|uniform|look|looks|trick|tricks|work|money|cop|cops|word|rotten|dancing|and|condition|conditions|state|environment|nappies|nappy", "indicator": "sexual_abuse"}, {"pattern": "explicit ..1 consent|language|lyrics|song|songs|music|content_warning|instructions|permission|agreement|about|in|that|description|details|threat|threats|request|requests|statement|terms|wish|wishes", "indicator": "sexual_abuse"}, {"pattern": "rude ..1 to|word|words|comment|comments|gesture|gestures|joke|jokes|language|about|manner|behaviour|staff|teacher|teachers|neighbour|neighbours|boy|girl|child|man|woman|people|and|towards|when|at|awakening", "indicator": "sexual_abuse"}, {"pattern": "intimate ..1 partner|partners|relationship|relationships|knowledge|setting|details|conversation|partner_violence|terrorism|ipv", "indicator": "sexual_abuse"}, {"pattern": "stroke|strokes|stroked|stroking ..2 the_dog|the_cat|the_horse|the_pony|the_rabbit|the_guinea_pig|a_dog|a_cat|a_horse|dog|cat|horse|pony|rabbit|kitten|puppy|her_hair|his_hair|my_hair|her_head|his_head|her_back|his_back|nan|grandad|grandma|grandmother|grandfather|suffered|had_a|recovering|unit|ward|patient|of_luck|of_genius|of_midnight|of_the_pen|a_stroke", "indicator": "sexual_abuse"}, {"pattern": "had|suffered|has|having|recovering|recovered|after ..2 stroke|strokes|seizure", "indicator": "sexual_abuse"}, {"pattern": "secret ..1 santa|garden|service|recipe|ingredient|agent|passage|den|hideout|base|club|admirer|code|diary|door|room|messages", "indicator": "sexual_abuse"}, {"pattern": "special ..1 needs|educational|school|guardianship|measures|constable|constables|treat|treats|occasion|occasions|offer|offers|day|days|interest|interests|care|baby_care|care_baby|unit|guardian|friend|time|bond|guest|meal|dinner|lunch|trip|outing|place|thanks|mention|delivery|edition|brew|needs|educational_needs|school|measure", "indicator": "sexual_abuse"}, {"pattern": "nappy_rash|nappy_area|thrush|uti|urine_infection|urinary_tract_infection|water_infection|constipated|constipation|threadworm|threadworms|worms|eczema|diarrhoea|sickness_bug|bed_wetting|bedwetting|wet_the_bed|wets_the_bed|wetting_the_bed|soiling|soils|potty|potty_training|toilet_training|toilet_trained|wiping|wipe|wipes|period|periods|menstruation|puberty", "indicator": "sexual_abuse"}, {"pattern": "mini ..1 bus|buses|cooper|fridge|golf|football|league|rugby|me|mes|break|breaks|roll|rolls|bar|bars|market|mart|stop|project|trampoline|series|game|games|budget|cheddars|muffins|pizzas|moto|motorbike|scooter|skirt|disco", "indicator": "sexual_abuse"}, {"pattern": "flower|flowers ..1 bed|beds|pot|pots|shop|garden|gardens|show|arrangement|arrangements|market|delivery|bouquet|bunch|seeds|power|girl|girls|for|from|on|to|in", "indicator": "sexual_abuse"}, {"pattern": "pick|picked|picking|bought|buy|buying|sent|send|gave|give|giving|brought|bring|water|watering|grow|growing|plant|planting|planted|arranged|arranging|lay|laid ..3 flower|flowers", "indicator": "sexual_abuse"}, {"pattern": "pyjama|pyjamas|nightie ..1 party|parties|day|days|drive|bottoms|top|tops|on|still|all_day|at_school|to_school|in_the_day|in_the_afternoon|by_day|under|kept_on", "indicator": "sexual_abuse"}, {"pattern": "show|showed|shown|showing|shows ..2 me|her|him|them|us|the_officer|officers|staff|the|a|an|it|up|signs|sign|interest|respect|remorse|emotion|emotions|concern|empathy|affection|improvement|progress|around|round|how|what|where|off", "indicator": "sexual_abuse"}, {"pattern": "make|made|making|makes ..2 sure|sense|tea|dinner|breakfast|lunch|food|friends|progress|effort|money|noise|mess|fuss|complaint|complaints|referral|referrals|appointment|appointments|decision|decisions|choice|choices|phone_call|call|calls|contact|statement|arrangements|plans|bed|beds|cake|cakes|toast|sandwiches|bottle|bottles|feeds|feed|breakfast|laugh|cry|it|up|a_statement|a_complaint|a_referral|a_call|the_bed|the_beds|her_bed|his_bed", "indicator": "sexual_abuse"}, {"pattern": "dog|dogs|cat|cats|puppy|pet|pets|horse|pony ..6 naked|nude|private|privates|bottom|bum|willy|front|lick|licked|sniff|kiss", "indicator": "sexual_abuse"}, {"pattern": "naked ..1 flame|flames|eye|truth|lightbulb|light_bulb|ambition|aggression|hostility|fear|greed", "indicator": "sexual_abuse"}, {"pattern": "photo|photos|picture|pictures|pic|pics|image|images|video|videos|film|snap|selfie ..4 body_cam|bodycam|body-worn|body_worn|bwv|bodyworn|of_the_body|body_map|bodymap", "indicator": "sexual_abuse"}, {"pattern": "body_worn|body-worn|bodyworn|body_cam|bodycam|body_map|bodymap|bwv|body_language|body_image", "indicator": "sexual_abuse"}, {"pattern": "bits ..1 and ..1 pieces|bobs|bob", "indicator": "sexual_abuse"}, {"pattern": "front ..1 door|garden|room|of|window|windows|wheel|seat|desk|row|line|page|cover|step|steps|porch|entrance|gate|yard|bedroom|passenger", "indicator": "sexual_abuse"}, {"pattern": "wee ..1 bit|while|one|ones|lad|lass|boy|girl|man|woman|hours|small_hours|dram|boys|girls", "indicator": "sexual_abuse"}, {"pattern": "had|having|need|needed|needs|needing|go|went|going|wanted|wants|want|do|did|doing ..2 a ..1 wee", "indicator": "sexual_abuse"}, {"pattern": "put ..2 on ..2 pyjamas|pyjama|nightie|pants|knickers|underwear|clothes", "indicator": "sexual_abuse"}, {"pattern": "parts ..1 of|for|per|time|and|order", "indicator": "sexual_abuse"}, {"pattern": "body_parts_of|spare_parts|car_parts|private_sector|private_school|private_rented|private_landlord|private_tenancy|private_fostering|private_hospital|private_property|private_message|private_messages|private_number|private_health|private_practice|private_investigator|private_account|private_life|private_matter|private_hire", "indicator": "sexual_abuse"}, {"pattern": "kiss|kisses|kissed|kissing ..2 goodbye|goodnight|good_night|cheek|on_the_cheek|forehead|head|mum|dad|nan|grandma|grandad", "indicator": "sexual_abuse"}, {"pattern": "tickle|tickled|tickling|tickles ..4 feet|foot|tummy|belly|sides|toes|game|giggle|giggled|laughing|laugh|laughed", "indicator": "sexual_abuse"}, {"ends": true, "pattern": "baby ..1 teeth|tooth|brother|sister|sibling|siblings|shower|wipes|wipe|monitor|food|clothes|bath|oil|powder|gate|gates|seat|walker|bouncer|grow|formula|bottle|bottles|group|groups|massage|yoga|sensory|classes|class|steps|fat|face|talk|blue|blues|boom|boomer|boomers|of_the_family|of_the_house|names|name|book|books|gro|carrier|sling|doll|dolls|shark|daddy|mama|pink|car_seat|steps|photos|photo|pictures|picture|scan|scans|bump|bumps", "indicator": "baby_injury"}, {"ends": true, "pattern": "baby_brother|baby_sister|baby_teeth|baby_tooth|baby_wipes|baby_monitor|baby_shower|baby_steps|babysit|babysat|babysitter|babysitting|baby-sit|baby-sitter|baby-sitting|big_baby|cry_baby|crybaby|baby_of_the_family|my_baby|her_baby|his_baby", "indicator": "baby_injury"}, {"ends": true, "pattern": "week|weeks|month|months|wk|wks ..1 ago|later|earlier|before|after|long|off|time|by|until|commencing|beginning", "indicator": "baby_injury"}, {"ends": true, "pattern": "last|next|this|previous|following|same|each|every|per|several|few|couple|within|over|past|recent|coming|school|working ..1 week|weeks|month|months|wk|wks", "indicator": "baby_injury"}, {"ends": true, "pattern": "bump|bumps ..2 in ..2 road|the_road|pavement|head|car", "indicator": "baby_injury"}, {"ends": true, "pattern": "speed_bump|speed_bumps|bumped_into|bump_into|bumping_into|bumps_into|baby_bump|bump_in_the_road|head_bump", "indicator": "baby_injury"}, {"ends": true, "pattern": "burnt|burned|burn|burning|burns ..2 toast|dinner|tea|food|pan|pans|sausages|chips|pizza|cake|rice|the_toast|the_dinner|the_tea|the_food|the_pizza|the_cake|bridges|out|the_candle|the_candles|calories|cd|cds|dvd|disc|rubbish|garden_waste|bonfire|bin|bins|wood|logs|the_house_down|money|cash|bridges", "indicator": "baby_injury"}, {"ends": true, "pattern": "heartburn|sunburn|sunburnt|sunburned|windburn|razor_burn|carpet_burn|rug_burn|burnout|burn_out|burnt_out|burned_out|nappy_rash|teething|teething_rash|rash|heat_rash|cradle_cap|birthmark|birth_mark|stork_mark|stork_marks|mongolian_blue_spot|mongolian_spot|mongolian_spots|mongolian_blue_spots|strawberry_mark|port_wine_stain|salmon_patch|milk_spots|baby_acne|jaundice|colic|reflux", "indicator": "baby_injury"}, {"ends": true, "pattern": "mark|marks|marked|marking ..1 out_of|scheme|book|books|sheet|sheets|her_homework|his_homework|homework|work|exam|exams|test|tests|register|registers|in_the_register|the_occasion|the_day|the_date|the_anniversary|absent|present|as_read|down|up|off", "indicator": "baby_injury"}, {"ends": true, "pattern": "question_mark|tide_mark|high-water_mark|full_marks|good_marks|top_marks|bad_marks|exam_marks|birth_mark|birthmark|on_your_marks|marks_and_spencer|marks_&_spencer|m&s|wide_of_the_mark|mark_my_words|pen_marks|felt_tip|felt-tip|crayon|crayons|pen_mark|biro|sharpie|paint|chocolate|food|mud|dirt|ink", "indicator": "baby_injury"}, {"ends": true, "pattern": "cut ..1 off|down|back|out|short|in|up|through|across|corners|ties|ties_with|contact|the_grass|grass|hair|her_hair|his_hair|fringe|nails|her_nails|his_nails|food|sandwiches|toast|paper|benefits|money|funding|class|school|lessons|the_cord|cord|the_umbilical_cord|umbilical|teeth|tooth|a_tooth|a_deal|both_ways|price", "indicator": "baby_injury"}, {"pattern": "cry|crying|cried|cries|scream|screaming|screamed|wince|wincing|winced|squeal|squealing ..3 hungry|hunger|feed|feeds|milk|bottle|tired|tiredness|nappy|colic|wind|teething|sleep|asleep|bed|bedtime|cot|pram|night|nights|constantly|a_lot|all_night|usual|normal|normally|loudly|when_mum_left|for_mum|for_dad|for_his_mum|for_her_mum", "indicator": "baby_injury"}, {"pattern": "hungry|tired|nappy|colic|teething|feeding|wind|windy|settled|unsettled|normal|content ..4 cry|crying|cried|cries|scream|screaming|screamed", "indicator": "baby_injury"}, {"ends": true, "pattern": "fit ..1 and ..1 well|healthy", "indicator": "baby_injury"}, {"ends": true, "pattern": "fit|fits ..1 in|into|with|for|the|her|his|their|well|right|snugly|properly|perfectly|together|through", "indicator": "baby_injury"}, {"ends": true, "pattern": "keep_fit|fit_and_well|fit_for_purpose|fit_to_be_interviewed|fit_for_interview|fit_to_be_detained|fitted|fitting|fittings|fitness|misfit|outfit|outfits|benefit|benefits|unfit", "indicator": "baby_injury"}, {"ends": true, "pattern": "red|blue|yellow|purple ..1 coat|jacket|car|van|top|dress|jumper|shirt|hat|door|room|wall|walls|bag|bike|pram|buggy|toy|ball|cup|bottle|blanket|babygrow|bodysuit|sleepsuit|onesie|dummy|crayon|pen|light|lights|flag|card|bin|bins|box|folder|book|eyes|hair|face_from_crying|nose|cheeks|from_crying|from_teething|shoes|trainers|lorry|tape|line|lines|carpet|curtains|sofa|chair|dot|dots|colour|color|paint|ribbon|balloon", "indicator": "baby_injury"}, {"ends": true, "pattern": "cheeks|nose|eyes|face ..2 red|rosy|flushed", "indicator": "baby_injury"}, {"ends": true, "pattern": "blue ..1 badge|badges|book|books|light|lights|lights_and_sirens|eyes|sky|skies|moon|monday|peter|planet|tooth|whale|team", "indicator": "baby_injury"}, {"ends": true, "pattern": "feeling|felt|feel|was|is|looked|looks|looking|seemed|seems|seem|a_bit|bit|little ..2 blue|down|low|under_the_weather", "indicator": "baby_injury"}, {"pattern": "grip|grips|gripped|gripping ..1 on|of|her_finger|his_finger|mum's_finger|dad's_finger|the_bottle|reality|the_situation|things", "indicator": "baby_injury"}, {"ends": true, "pattern": "drop-off|drop_off|dropoff|drop-in|drop_in|eye_drops|raindrops|teardrop|drop_in_weight|weight_dropped|temperature_dropped|temperature_drop", "indicator": "baby_injury"}, {"ends": true, "pattern": "fall|falls|fell|falling|fallen ..1 asleep|pregnant|out|behind|apart|through|ill|in_love|for|into|back|short|over_herself|silent|quiet|on_deaf_ears|off_the_radar|under|within|between|due|on", "indicator": "baby_injury"}, {"ends": true, "pattern": "shake|shaken|shaking|shook ..1 hands|hand|her_head|his_head|their_head|head|up|off|it_off|their_heads|with_fear|with_anger|with_cold|with_rage|from_cold|cold|uncontrollably|nervously|like_a_leaf", "indicator": "baby_injury"}, {"ends": true, "pattern": "shaking|shaken|shook|trembling ..4 fear|frightened|scared|upset|nervous|cold|anxious|adrenaline|crying|cried|sobbing", "indicator": "baby_injury"}, {"ends": true, "pattern": "hurt ..1 feelings|her_feelings|his_feelings|their_feelings|pride|that|by|about|when|because|mum's_feelings", "indicator": "baby_injury"}, {"ends": true, "pattern": "scratch|scratches|scratched|scratching ..1 card|cards|the_surface|the_surface_of|head|her_head|his_head|itch|itchy|eczema|rash|chickenpox|spots|bites|bite|the_car|car|paint|door|from_scratch", "indicator": "baby_injury"}, {"ends": true, "pattern": "bite|bites|bitten ..1 to_eat|size|sized|of|into|her_nails|his_nails|nails|lip|tongue|back|the_bullet|food|sandwich|apple|biscuit|toast", "indicator": "baby_injury"}, {"ends": true, "pattern": "nail|nails|lip|lips|tongue ..1 biting|bites|bitten", "indicator": "baby_injury"}, {"ends": true, "pattern": "insect|insects|mosquito|mosquitoes|midge|midges|flea|fleas|bed_bug|bed_bugs|bedbug|bedbugs|spider|gnat|gnats|ant|ants|nettle|nettles|chickenpox|chicken_pox|measles|hand_foot_and_mouth|hand_foot_mouth|impetigo|scabies|eczema ..4 bite|bites|mark|marks|rash|spots|spot|lesion|lesions|sore|sores|blister|blisters", "indicator": "baby_injury"}, {"ends": true, "pattern": "blood|bloody ..1 test|tests|sample|samples|sugar|sugars|pressure|results|result|group|type|relative|relatives|relation|relations|family|brother|sister|line|bank|donor|donation|transfusion|count|work|levels|disorder|condition|oath|mary|hell|nuisance|idiot|minded", "indicator": "baby_injury"}, {"ends": true, "pattern": "sore ..1 throat|throats|eyes|ear|ears|tummy|stomach|head|leg|legs|arm|feet|foot|loser|point|spot|thumb", "indicator": "baby_injury"}, {"ends": true, "pattern": "bruise|bruises|bruised|bruising ..2 ego|egos|pride|feelings|banana|bananas|apple|apples|fruit|peach|peaches|pear|pears", "indicator": "baby_injury"}, {"ends": true, "pattern": "bruised_ego|bruised_pride|bruised_banana|bruised_fruit", "indicator": "baby_injury"}, {"ends": true, "pattern": "swell|swelled|swelling|swollen ..1 with_pride|pride|numbers|ranks|the_ranks|crowd|crowds|river|rivers|gums|gum|ankles|ankle|feet|legs|tonsils|glands|lymph|lymph_nodes|during_pregnancy|in_pregnancy", "indicator": "baby_injury"}, {"ends": true, "pattern": "lump|lumps ..1 sum|sums|of|in_her_throat|in_his_throat|in_my_throat|together", "indicator": "baby_injury"}, {"ends": true, "pattern": "dry_skin|skin_to_skin|skin-to-skin|skin_care|skincare|skin_tone|skin_colour|sensitive_skin|skin_condition", "indicator": "baby_injury"}, {"pattern": "stranglehold|chokehold|choke_hold|choke-hold ..1 on ..1 the_game|the_match|the_market|the_league|the_competition|the_economy|power|proceedings|the_contest|the_title", "indicator": "strangulation"}, {"pattern": "asthma|wheezing|wheezy|wheeze|inhaler|croup|nebuliser|bronchiolitis|chest_infection ~~20 breathe|breath|breathing|air", "indicator": "strangulation"}, {"ends": true, "pattern": "would|'d|could ..2 murder|kill ..2 a|for ?a cup_of_tea|cuppa|brew|coffee|pint|drink|curry|takeaway|burger|pizza|kebab|biscuit|tea|chippy|cigarette|fag|bacon_sandwich", "indicator": "threats_to_kill"}, {"pattern": "head|back|feet|legs|stress|knees|tooth|teeth|neck|job|work|heat|kids|shift|shifts|hip|hips|shoulder ..3 killing|kill ?me|her|him|us|them", "indicator": "threats_to_kill"}, {"pattern": "kill|killed|killing|smash|smashed|nail|nailed ..1 it", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "over_my_dead_body|over_his_dead_body|over_her_dead_body|dead_and_buried|i_'ll_be_dead|i_will_be_dead|be_dead_before|be_dead_by_the_time", "indicator": "threats_to_kill"}, {"pattern": "skate|skates|ice_skates|skating|lawnmower|mower|fan|razor|wiper|turbine|grass|helicopter|windmill ..4 blade|blades", "indicator": "weapon"}, {"pattern": "gunning ..1 for", "indicator": "weapon"}, {"pattern": "get|gets|got|called|call|calls|bagsy|ride|riding|sit|sat|sitting ..1 shotgun", "indicator": "weapon"}, {"pattern": "begun|gunk|gundog|gunner|gunners|arsenal|gung-ho|lagun|shogun|penknife_collection", "indicator": "weapon"}, {"pattern": "sexuality|bisexual|homosexual|heterosexual|asexual|pansexual|transsexual|sexton|sextet|sextant|grapes|drapes|scrapes|therapist|therapists|trapeze|rapeseed|essex|sussex|middlesex|wessex|unisex", "indicator": "sexual_abuse"}, {"pattern": "nude ?- coloured|colour|tights|lipstick|shade|heels|shoes|bra|nail|nails|eyeshadow|make-up|makeup", "indicator": "sexual_abuse"}, {"pattern": "flash|flashed ..2 id|badge|warrant_card|lights|headlights|torch|smile|card|money|cash|photo|camera", "indicator": "sexual_abuse"}, {"pattern": "grooming|groomer|groomers|groomsmen|groomsman ..6 dog|dogs|cockapoo|poodle|puppy|pet|pets|horse|pony|business|salon|parlour|van", "indicator": "sexual_abuse"}, {"pattern": "dog|dogs|pet|pets|puppy|horse|pony|business|salon|parlour|wedding|bride ~~12 groom|grooming|groomed|groomer", "indicator": "sexual_abuse"}, {"ends": true, "pattern": "# ?- week|weeks ..1 pregnant|gestation|along|into|pregnancy|premature|prem|early", "indicator": "baby_injury"}, {"ends": true, "pattern": "burn|burning ..1 the_candle", "indicator": "baby_injury"}, {"ends": true, "pattern": "relationship|relationships|ties|family|friendship|marriage|bond ..3 fracture|fractured|broken|broke|break|breakdown|bruised|bruising|strained|damaged", "indicator": "baby_injury"}, {"ends": true, "pattern": "bruised|bruising|bruise ..2 ego|egos|pride|feelings|week|weeks|few_weeks|month|time|encounter|experience|battle|defeat|loss|row|argument", "indicator": "baby_injury"}, {"ends": true, "pattern": "break|breaks|broke|broken ..1 up|down|in|into|out|the_law|the_rules|bail|curfew|the_news|even|free|a_promise|promise|promises|the_cycle|the_habit|silence|dawn", "indicator": "baby_injury"}, {"pattern": "choke|chocked|choking ..0 on|up|back|with|in|at|under|during|over|when|and|,|.|'|’|\\"|ourselves|myself|yourself", "indicator": "strangulation"}, {"pattern": "?be|been|was|is|got|were|get choke|choked|choking ..1 with|up|chain|chains|collar|the_road|the_ring_road|traffic|roads|the_garden|weeds|brambles|rubbish|smoke|fumes|dust|leaves|the_drains|the_drain|the_pipes", "indicator": "strangulation"}, {"pattern": "choke ..1 chain|chains|collar|lead", "indicator": "strangulation"}, {"pattern": "strangled|strangling ..1 yelp|cry|scream|squeal|sound|noise|voice|sob|laugh|shriek|gasp|grunt|squawk|yell|whimper", "indicator": "strangulation"}, {"pattern": "suffocating|suffocated|suffocate|smothered|smothering|stifled|stifling ..4 coursework|work|pressure|debt|deadlines|rules|relationship|school|heat|atmosphere|love|homework|exams|stress|attention|expectations|paperwork", "indicator": "strangulation"}, {"pattern": "hold|held|holding|practise|practised|practising ..2 breath|breaths ..3 under|underwater ..2 water|pool|bath", "indicator": "strangulation"}, {"pattern": "swimming|swim|swims|pool|lesson|lessons|snorkel|snorkelling|diving ~~12 under|underwater ..2 water|pool", "indicator": "strangulation"}, {"pattern": "mum|mam|dad|mother|father|nan|teacher|coach|boss|wife|girlfriend|missus ?'s|is gonna|going_to|going|will|'ll ..2 kill|murder ..1 me|us", "indicator": "threats_to_kill"}, {"pattern": "?the stress|feet|back|head|hip|knees|legs|job|heat|shifts|kids|boss|commute ..3 killing|kill ?me|her|him|us|them", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "bleed|bleeding|bled ..2 radiator|radiators|the_radiators|brakes|the_brakes|system|the_system|dry", "indicator": "baby_injury"}, {"ends": true, "pattern": "baby|babies ..1 due|bump|on_the_way|shower|scan", "indicator": "baby_injury"}, {"pattern": "indecent ..1 haste|amount|hour|proposal", "indicator": "sexual_abuse"}, {"pattern": "rev|revs|revving|revved|full|open|opened ..2 throttle", "indicator": "strangulation"}, {"pattern": "throttle ..1 up|down|cable|body|pedal|lever", "indicator": "strangulation"}, {"pattern": "stab ?- vest|vests|proof|jacket|resistant", "indicator": "weapon"}, {"pattern": "chop|chops|chopping|chopped|split|splitting ..4 logs|wood|kindling|firewood ..4 axe|hatchet", "indicator": "weapon"}, {"pattern": "axe|hatchet ..6 logs|wood|kindling|firewood|allotment|shed|garden|tree|trees", "indicator": "weapon"}, {"pattern": "film|films|movie|movies|tv|telly|game|games|die_hard|explosions|programme|cinema|xbox|playstation|fortnite|call_of_duty|gta|netflix|youtube|war_film|action_film ~~10 gunfire|gunshot|gunshots|guns|gun|shooting|shooter|explosions|weapons|knives|swords", "indicator": "weapon"}, {"pattern": "knife|knives|knifes ..3 kept|stored|in_the_block|in_a_block|in_the_drawer|locked_away|out_of_reach|away|on_the_magnetic_strip|in_the_dishwasher", "indicator": "weapon"}, {"pattern": "butcher|butchers|chef|chefs|cook|cooks|kitchen_porter|sous_chef|catering|fishmonger ~~12 knife|knives|knifes|cleaver|cleavers|blade|blades|knife_roll", "indicator": "weapon"}, {"pattern": "knife_roll|knife_rolls|knife_set|knife_block|whetstone|knife_sharpener|chef's_knife|chefs_knife|chef_knife|chefs_knives|chefs_knifes", "indicator": "weapon"}, {"pattern": "drop_dead|drop-dead|dead_gorgeous|dead_good|dead_nice|dead_proud|dead_funny|dead_behind|bored_to_death|scared_to_death|sick_to_death|frightened_to_death|dead_on_my_feet|dead_on_her_feet|dead_tired|dead_chuffed|worried_to_death|dead_keen", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "kill|killed|killing|kills ..3 rats|mice|rat|mouse|wasps|flies|slugs|weeds|pests|bugs|insects|spiders|germs|moles|foxes|pigeons|vermin|cockroaches|ants|fleas|lice", "indicator": "threats_to_kill"}, {"pattern": "damp|water|rain|moisture|light|sun|frost|cold ..2 penetration|penetrating|penetrated|penetrate", "indicator": "sexual_abuse"}, {"pattern": "choking_hazard|choke_hazard|choking_hazards|choking_risk", "indicator": "strangulation"}, {"pattern": "pull|pulled|pulls|pulling ..2 the_choke|choke_out", "indicator": "strangulation"}, {"pattern": "chokehold|stranglehold|choke_hold ..1 on ..2 the_whole|the_street|the_market|the_town|the_estate|the_area|prices|rents|the_rent", "indicator": "strangulation"}, {"pattern": "team|they|we|players|side|boro|united|city|rovers|town|england|lads ..3 choke|choked|choking|bottle|bottled", "indicator": "strangulation"}, {"pattern": "strangled|strangling ..1 screech|screeching|squawk|sounds|noises|wail|wailing|howl|howling", "indicator": "strangulation"}, {"pattern": "ivy|weeds|brambles|plants|roots|vines|bindweed|knotweed|creepers ..3 strangle|strangling|strangled|choke|choking|choked|smother|smothering|smothered|strangel|strangeling", "indicator": "strangulation"}, {"pattern": "suffocatingly|stifling|suffocating|suffocated ..1 hot|heat|warm|stuffy|humid", "indicator": "strangulation"}, {"pattern": "feel|feels|felt|feeling ..1 smothered|suffocated|stifled|strangled|choked|suffocating|smothering", "indicator": "strangulation"}, {"pattern": "private ..1 page|account|profile|message|messages|school|sector|number|life|matter|investigator|hire|landlord|rented|property|fostering|road|drive|ward|room|hospital|practice|health|company|firm|jet|car|parking|lane|tuition|tutor|tutoring|conversation|chat|call|appointment|clinic", "indicator": "sexual_abuse"}, {"pattern": "cse|csa ..1 screening|tool|assessment|risk_assessment|checklist|toolkit|referral_form|training|awareness|team|worker|lead|service|pathway|panel|meeting|strategy|mapping|risk", "indicator": "sexual_abuse"}, {"pattern": "floppy_hat|floppy_ears|floppy_bunny|floppy_toy|floppy_disk|floppy_sun_hat", "indicator": "baby_injury"}, {"ends": true, "pattern": "lift|lifts|boiler|washing_machine|heating|window|windows|door|fridge|car|phone|tv|buggy|pram|lock|toy|glasses|screen|oven|cooker|shower|toilet|lights|fence|gate|stairlift|bed|chair|sofa ..2 broken|broke|is_broken|was_broken|been_broken|broken_down", "indicator": "baby_injury"}, {"ends": true, "pattern": "( ?# ?- week|weeks ..1 pregnant|gestation|along", "indicator": "baby_injury"}], "indicators": [{"code": "strangulation", "label": "Strangulation, choking or suffocation", "severity": "high", "cra_factors": ["strangulation"]}, {"code": "threats_to_kill", "label": "Threat to kill", "severity": "high", "cra_factors": ["threats_to_kill"]}, {"code": "weapon", "label": "Weapon used, shown or carried", "severity": "high", "cra_factors": ["weapon"]}, {"code": "sexual_abuse", "label": "Sexual abuse or sexual offence", "severity": "high", "cra_factors": ["sexual_offence", "disclosure"]}, {"code": "baby_injury", "label": "Injury to a non-mobile baby", "severity": "high", "cra_factors": ["non_mobile_baby", "injury"]}]}	0	0	\N	\N	\N
2	2	Shipped version 2: babies named early are known by name when an injury is told later; more threat, weapon and sexual-abuse wordings; everyday idioms excluded (dead tired, gun-metal grey, stabbed in the back); words of the trade never read as misspellings. Measured on seven writers' narratives (docs/risk.md).	2026-12-08 01:28:59.485879+00	{"cues": [{"phrase": "no|not|never|nil|without|none|nor|neither|nothing|nobody|no_one", "window": 4, "certainty": "negated", "direction": "forward"}, {"phrase": "deny|denies|denied|denying ..1 any|ever|that|there|being|having|it|all|anyone|anybody|anything|that_anyone|that_anything", "window": 12, "certainty": "negated", "direction": "forward"}, {"phrase": "no ..2 sign|signs|evidence|indication|indications|mention|mentions|report|reports|suggestion|disclosure|disclosures|concern|concerns|allegation|allegations|history|suggestions|marks|injuries|injury|visible|obvious|apparent|reported|known", "window": 10, "certainty": "negated", "direction": "forward"}, {"phrase": "rule|ruled|ruling out", "window": 6, "certainty": "negated", "direction": "forward"}, {"phrase": "free_from|free_of|absence_of|nothing_to_suggest|nothing_suggests|nothing_to_indicate|not_been", "window": 8, "certainty": "negated", "direction": "forward"}, {"phrase": "not|never ..2 seen|present|found|disclosed|reported|mentioned|observed|noted|identified|involved|used|made|raised|alleged|suggested|evident|apparent|recovered|located|happened|occurred|true", "window": 5, "certainty": "negated", "direction": "backward"}, {"phrase": "ruled_out|none_seen|nil|none|unfounded|not_substantiated|not_true|untrue|not_the_case|no_injuries|no_marks|not_seen|answered_no|answer_no|said_no|replied_no|response_no|: no|- no|= no|answered_NO", "window": 14, "certainty": "negated", "direction": "backward"}, {"phrase": "previously|previous|prior|formerly|former|historic|historical|historically|history|in_the_past|years_ago|year_ago|as_a_child|as_a_teenager|when_she_was_younger|when_he_was_younger|back_in|old_conviction|convicted|conviction|convictions|sentenced|custodial|jailed|record_for|on_record|pnc|previous_relationship|former_relationship|before_they_met|used_to|first_husband|first_partner|first_wife|previous_husband|previous_wife", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "in_the_1990s|in_the_90s|in_the_80s|in_the_2000s", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "years_ago|year_ago|in_the_past|previously|historically|in_a_previous_relationship|previous_relationship|former_relationship|a_previous_partner|a_former_partner|her_previous_partner|his_previous_partner|before_they_met|as_a_child|as_a_teenager|when_she_was_younger|when_he_was_younger|when_she_was_a_child|when_he_was_a_child|when_she_was_little|when_he_was_little|prison|prison_sentence|jailed|convicted|conviction|sentenced|between_#_and_#|since_then|no_contact_since", "window": 14, "certainty": "historical", "direction": "backward"}, {"phrase": "in_the_90s|in_the_1990s", "window": 12, "certainty": "historical", "direction": "backward"}, {"phrase": "whether|might|may_be|in_case|risk_of|at_risk_of|potential|potentially|possibility|possibly|what_if|would_happen_if|asked_if|asked_whether|ask_if|ask_whether|check_if|check_whether|checked_if|checked_whether|checking_for|prevent|preventing|advice_about|advice_on|advised_about|advised_on|safety_plan|warned_about|warned_of|educate|education|awareness|how_to|imagine|imagined|dreams|dreamt|nightmare|nightmares|film|game|story|stories|book|asked_about|asked_her_about|asked_him_about|questions_about|as_per_the|signs_of|indicators_of|about_the_signs|if|might|may|fears_he|fear_he|worried_he|worried_she|scared_he|afraid_he|fears_that_he|worried_that_he|concerned_he|might_get|might_try|frightened_he|frightened_she", "window": 8, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "could_happen|might_happen|may_happen|in_future|in_the_future", "window": 10, "certainty": "hypothetical", "direction": "backward"}, {"phrase": "report|reports|reported|reporting|state|states|stated|disclose|discloses|disclosed|allege|alleges|alleged|allegedly|claim|claims|claimed|say|says|said|tell|tells|told|inform|informs|informed|according|describe|describes|described|explain|explains|explained|complain|complained|mention|mentioned|believe|believes|believed|witness|witnessed|hear|heard", "window": 14, "certainty": "reported", "direction": "forward"}, {"phrase": "no_doubt|not_only|no_longer|no_further|not_just|no_one_else|no_way|not_sure|no_hesitation|not_hesitate|no_fear|no_idea|no_choice|not_until|not_before|not_long|not_the_first|not_for_the_first|nothing_to_lose|nothing_left|not_to_tell|never_to_tell|not_to_say|never_to_say|not_to|never_to|no_matter|no_good|no_end|not_stop|n't_stop|not_let|n't_let|not_breathe|n't_breathe|not_breathing|n't_breathing|not_get|n't_get|not_speak|n't_speak|not_scream|n't_scream|not_shout|n't_shout|not_move|n't_move|not_live|n't_live|not_see|n't_see|not_survive|n't_survive|not_make|n't_make|not_wake|n't_wake|not_tell|n't_tell|not_say|n't_say|not_leave|n't_leave|not_call|n't_call|not_want|n't_want|not_know|n't_know|not_allow|n't_allow|not_going|n't_going|not_able|never_see|never_walk|never_wake|never_get|never_speak|never_leave|won't_see|won't_live|won't_make|won't_wake|wo_n't|won't|will_not|will_never|nothing_but|not_happy|not_stopping|not_release|n't_release|not_letting|n't_letting|not_stop_until|not_rest|n't_rest|never_forget|not_rolling|not_crawling|not_mobile|not_yet_rolling|not_sitting|not_walking|not_yet_mobile|not_moving|non-mobile|not_yet_crawling|ca_n't_roll|cannot_roll|does_n't_roll|not_yet|not_yet_sitting|not_able_to_sit|n't_sit|n't_move|n't_crawl|n't_roll|not_roll|not_crawl|not_sit|not_stand|n't_stand|not_walk|n't_walk|no_means|no_one_else|not_known|not_family|n't_family|not_her_dad|not_his_dad|not_the_father|not_amira's|not_her_father|not_his_father|not_related|n't_related|n't_joking|not_joking|not_kidding|n't_kidding|not_messing|n't_messing|not_a_joke|no_joke", "window": 0, "certainty": "pseudo", "direction": "forward"}, {"phrase": "told|warned|said|texted|messaged|screamed|shouted|threatened|tells|says|warns ..4 if|that_if|unless|or_else", "window": 0, "certainty": "pseudo", "direction": "forward"}, {"phrase": "but|however|although|though|whereas|whilst|while|which|who|because|until|then|later|after|afterwards|so|and_then|;|–|—|despite|yet|instead|whereupon", "window": 0, "certainty": "terminate", "direction": "forward"}, {"phrase": "has|have|did|does|do|is|was|were ..2 he|she|they|you|anyone|anybody|someone|the_abuser|your_partner|he_or_she ..1 ever", "window": 10, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "at_no_point|at_no_time|never_once|not_once|at_no_stage", "window": 10, "certainty": "negated", "direction": "forward"}, {"phrase": "/19[5-9]\\\\d/|/200\\\\d/|/201\\\\d/|/202[0-3]/|caution|cautioned|dvpo|dvpn|removed|adopted|taken_into_care|was_removed|were_removed|as_a_baby|as_a_toddler", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "/19[5-9]\\\\d/|/200\\\\d/|/201\\\\d/|/202[0-3]/|caution|conviction|convicted|dvpo|served|sentence|jail|prison|adopted|removed", "window": 14, "certainty": "historical", "direction": "backward"}, {"phrase": "grew_up|growing_up|childhood|when_he_was_a_boy|when_she_was_a_girl|/(19|20)\\\\d0s/|back_in|years_earlier|years_before", "window": 20, "certainty": "historical", "direction": "forward"}, {"phrase": "scared_one_day|one_day_he|one_day_she|one_day|refused_to_answer|declined_to_answer|did_not_answer|did_n't_answer|would_not_answer|would_n't_answer|/q\\\\d+/|advised|advise|advising|explained|explain|explaining|dangers|dangers_of|risks_of|safety_planning|leaflet|screening", "window": 12, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "not_at_any_stage|not_at_any_point|not_at_any_time|no_one|nobody|neither|lack_of|nowhere_near|search_negative|could_not_identify|could_n't_identify|nothing_found|found_nothing", "window": 14, "certainty": "negated", "direction": "forward"}, {"phrase": "could_be|could_have_been|thought_it_was|thought_it_could|thought_they_were|may_have_been|might_have_been|mistook|mistaken_for|mistook_it_for", "window": 6, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "asked ..2 re|about|regarding|whether|if|specifically", "window": 6, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "could_get|could_end_up|could_become|get_pulled_into|drawn_into|pulled_into|be_groomed_into|get_into", "window": 8, "certainty": "hypothetical", "direction": "forward"}, {"phrase": "could_snap|might_snap|could_lose_it|might_lose_it|could_lose_his_temper|might_lose_his_temper|could_lash_out|might_lash_out", "window": 8, "certainty": "hypothetical", "direction": "forward"}], "patterns": [{"code": "strangle-word", "pattern": "strangle|strangulation|strangulate|strangulated|throttle|asphyxiate|asphyxiation|suffocate|suffocation|smother|garrotte", "indicator": "strangulation"}, {"code": "choke-compound", "pattern": "chokehold|stranglehold|headlock|choke_hold|strangle_hold|sleeper_hold|neck_hold|neckhold|rear_naked_choke|choke-hold|strangle-hold|/chok\\\\w*hold/|choke_-_out|choke_-_outs|choke_-_out_challenge|blackout_challenge|pass_out_challenge|passout_challenge", "indicator": "strangulation"}, {"code": "hands-on-neck", "pattern": "hand|hands|arm|arms|finger|fingers|thumb|thumbs|forearm|knee|elbow|belt|rope|cord|scarf|lead|ligature|wire|cable|tie|strap ..4 round|around|on|across|against|over|to|at ..3 neck|throat|windpipe", "indicator": "strangulation"}, {"code": "grip-neck", "pattern": "grab|squeeze|grip|clutch|press|pin|hold|compress|crush|clamp|wrap|tighten|push|pull|drag|lift|throttle|seize|pinch|constrict ..5 neck|throat|windpipe|airway", "indicator": "strangulation"}, {"code": "neck-grip", "pattern": "neck|throat|windpipe ..4 squeeze|grip|press|pressure|compress|tight|tighten|tightly", "indicator": "strangulation"}, {"code": "by-the-throat", "pattern": "by|round|around|at|for|on ?the|her|his|their|my|your neck|throat", "indicator": "strangulation"}, {"code": "no-breath", "pattern": "can|unable|struggle|stop|fight|gasp|gasping ..3 breathe|breath|breathing|air", "indicator": "strangulation"}, {"code": "air-cut", "pattern": "cut|block|stop|restrict ..2 ?her|his|their|the|my air|airway|airways|oxygen|breathing|breath", "indicator": "strangulation"}, {"code": "pillow-face", "pattern": "pillow|cushion|hand|bag|blanket|duvet|towel|hands ..4 over|on|against|across|into ..4 face|mouth|nose", "indicator": "strangulation"}, {"code": "under-water", "pattern": "hold|push|force|dunk|shove|held|pushed ..4 under|underwater|into ..3 water|bath|surface|bathwater|bath_water|the_water|sink|river|canal|pool|toilet", "indicator": "strangulation"}, {"code": "pass-out", "pattern": "pass|black|lose out|consciousness ..10 neck|throat|breathe|breath|air", "indicator": "strangulation"}, {"code": "neck-marks", "pattern": "mark|bruise|bruising|redness|petechiae|fingermark|scratch|scratches ..4 neck|throat", "indicator": "strangulation"}, {"code": "see-stars", "pattern": "see|saw|seeing stars|spots|black|white ..6 neck|throat|squeeze|grip", "indicator": "strangulation"}, {"code": "threaten-kill", "pattern": "threaten|threat|threatening ..6 kill|murder|stab|shoot|slit|end|dead|death|bury|burn|strangle|finish", "indicator": "threats_to_kill"}, {"code": "death-threat", "pattern": "death|kill|murder ..1 threat|threats|threatening", "indicator": "threats_to_kill"}, {"code": "will-kill", "pattern": "will|would|go|gonna|going|shall|wan|want|promise|swear|vow|gon|'ll|'d ..4 kill|murder|slit|strangle|stab|shoot|bury|kil|drown|poison|suffocate|smother|hang|gas", "indicator": "threats_to_kill"}, {"code": "kill-you", "pattern": "kill|murder|bury|slit|kil you|ya|u|her|him|them|the_kids|the_children|both_of_you|all_of_you|everyone|everybody|us|your|the_baby|mum|ur|yer|the_lot|all_of_them|both_of_them|my_mum|my_dad|my_mam|my_nan|your_mum|her_mum|his_mum|my_sister|my_brother|your_kids|the_family|my_family|your_family|her_family|my_mummy|my_mummy|mummy|daddy", "indicator": "threats_to_kill"}, {"code": "youre-dead", "pattern": "you|u|ya|she|he|they|your|youre|ur|everyone|you're|she's|he's|you'll|she'll|he'll ..3 dead|goner|dead_meat|done_for ..0 ,|.|!|?|'|\\"|’|-|;|:|meat|man|men|when|if|by|soon|tonight|now|mate|bitch|and|cos|because|for|next|tomorrow|i|you|walking|already|this", "indicator": "threats_to_kill"}, {"code": "wont-live", "pattern": "will|wo|gonna|going|'ll|shall ..2 not|never|n't ..2 live|survive|see|make|wake ..4 tomorrow|morning|christmas|birthday|week|weekend|night|day|alive|year|summer|easter|18|eighteen|it", "indicator": "threats_to_kill"}, {"code": "in-a-box", "pattern": "be|'ll|will|end|ending|gonna|going ..3 in|into ?a|the|your box|wooden_box|coffin|casket|body_bag|grave|ground|morgue|urn", "indicator": "threats_to_kill"}, {"code": "last-breath", "pattern": "last_breath|six_feet_under|pushing_up_daisies|body_bag|end_your_life|end_her_life|end_his_life|take_your_life|take_her_life|take_his_life|end_you|end_her|end_him|finish_you_off|finish_her_off|finish_him_off|do_you_in|do_her_in|do_him_in|wipe_you_out|wipe_her_out|put_you_down|put_her_down|top_you|top_her|top_him|slit_your_throat|slit_her_throat|slit_his_throat|snap_your_neck|snap_her_neck|break_your_neck|break_her_neck|dead_man_walking|dead_woman_walking|blow_your_brains_out|blow_her_brains_out|blow_his_brains_out", "indicator": "threats_to_kill"}, {"code": "kill-word", "pattern": "kil|kll|murda|murdah", "indicator": "threats_to_kill"}, {"code": "weapon-word", "pattern": "weapon|knife|knives|blade|machete|sword|dagger|firearm|gun|pistol|revolver|rifle|shotgun|crossbow|bow_and_arrow|taser|stun_gun|cs_gas|pepper_spray|acid|ammonia|noxious|corrosive|axe|hatchet|cleaver|knuckleduster|knuckle_duster|baton|cosh|nunchucks|samurai|katana|shank|bullet|ammunition|ammo|handgun|box_cutter|boxcutter|stanley|scalpel|bayonet|shiv|sabre|spear|harpoon|slingshot|catapult|airgun|air_rifle|air_gun|bb_gun|pellet_gun|pellet_gun|bb_gun|air_pistol|ball_bearing_gun|catapult", "indicator": "weapon"}, {"code": "weapon-compound", "pattern": "handgun|shotgun|airgun|stungun|gunman|gunmen|gunshot|gunshots|gunfire|gunpoint|knifepoint|knifeman|knifemen|knife-point|knife_point|gun-point|gun_point|machete-wielding|knife-wielding|gun-wielding|bladed|bladed_article|knifed|knife-crime|/knife\\\\w+/|/\\\\w+knife/|/\\\\w+gun$/|/gun\\\\w+/|/machete\\\\w+/|/weapon\\\\w+/", "indicator": "weapon"}, {"code": "armed", "pattern": "armed|arm_himself|arm_herself|wield|brandish|brandishing|tooled_up|carrying|carry ..4 knife|blade|weapon|gun|blade", "indicator": "weapon"}, {"code": "stab", "pattern": "stab|slash|shoot|knifed|shank|shanked|pistol-whip|pistol_whip|bottled_her|bottled_him|glassed_her|glassed_him", "indicator": "weapon"}, {"code": "blunt-object", "pattern": "hit|strike|struck|beat|attack|threaten|swing|wave|come|go|run|chase|hold|raise|smash|lash|lunge|point|wield|grab|pick|brandish|batter ..6 bat|hammer|baseball|golf_club|iron_bar|metal_bar|crowbar|bottle|chair_leg|plank|brick|spanner|wrench|rolling_pin|frying_pan|poker|implement|object|pole|stick|club|sharp|broken_bottle|bar|screwdriver|scissors|glass|ashtray|iron|kettle|mallet|rock|stone|piece_of_wood|lump_of_wood|cricket_bat|belt_buckle", "indicator": "weapon"}, {"code": "sharp-thing", "pattern": "something|object|item|thing|implement|anything ..3 sharp|blade|bladed|pointed|serrated|metal|silver", "indicator": "weapon"}, {"code": "from-drawer", "pattern": "from|out_of ?the|a kitchen_drawer|cutlery_drawer|drawer|knife_block|knifeblock|block ..8 at|towards|toward|threaten|point|wave|hold|stab|slash|hit|swing|come|lunge|brandish|her|him", "indicator": "weapon"}, {"code": "kitchen-at", "pattern": "grab|get|take|pull|produce|fetch|arm|pick ..4 something|knife|thing|blade|implement ..2 from|out_of ..2 kitchen|drawer", "indicator": "weapon"}, {"code": "sexual-word", "pattern": "rape|sexual_exploitation|sexually_exploited|sexually_exploiting|exploited_sexually|rapist|sexual|sexually|sexualise|sexualised|sexualized|molest|molester|paedophile|pedophile|paedo|nonce|incestinged|cse|csa|penetrate|penetration|indecent|indecently|intercourse|sex|sexting|upskirting|voyeurism|fondle|fondling|sodomy|sodomise|buggery|oral_sex|masturbate|masturbation|masturbating|ejaculate|erection|porn|pornography|pornographic|pimp|pimped|prostitute|prostitution|sextortion|nudes|nude|naked|abused_sexually|assaulted_sexually|interfere|interfered|interfering|touch_up|touched_up|touching_up|feeling_up|felt_up|exposed_himself|exposing_himself|sexual_activity|sexual_touching", "indicator": "sexual_abuse"}, {"code": "sexual-compound", "pattern": "/sex\\\\w+/|/\\\\w*sexual\\\\w*/|/rape\\\\w+/|/\\\\w+rape/|/paedo\\\\w*/|/\\\\w*molest\\\\w*/|/porn\\\\w*/|/\\\\w+porn/", "indicator": "sexual_abuse"}, {"code": "private-parts", "pattern": "touch|rub|feel|wash|washes|washing|bath|bathe|bathing|wipe|wiping|examine|inspect|massage|grab|stroke|fiddle|put|kiss|lick|show|expose|make|hand|hands|finger|fingers|poke|prod|squeeze|pinch|tickle|smack|slap ..6 privates|genital|genitals|genitalia|vagina|penis|willy|willie|fanny|front_bottom|bum|bottom|breast|breasts|boob|boobs|chest|crotch|groin|nipple|nipples|down_below|down_there|between_her_legs|between_his_legs|between_my_legs|between_their_legs|inside_her|inside_him|knickers|pants|underwear|pyjama|pyjamas|nightie|wee_wee|winky|tuppence|foof|minnie|flower|lady_bits|bits|front|bum_bum|where_her_knickers|where_his_pants|wee|willie|parts", "indicator": "sexual_abuse"}, {"code": "images", "pattern": "nude|naked|topless|undressed|explicit|intimate|dirty|rude|indecent|sexy|private|revealing|inappropriate ..3 photo|photograph|picture|pic|image|video|selfie|snap|film|livestream|photos|pictures|pics|images|videos|selfies|snaps", "indicator": "sexual_abuse"}, {"code": "images-of", "pattern": "photo|photograph|picture|pic|image|video|film|snap|selfie|photos|pictures|pics|images|videos|filmed|filming|recorded|recording ..14 naked|undressed|nude|without_her_clothes|without_his_clothes|without_clothes|without_their_clothes|private|privates|in_the_bath|in_the_shower|getting_changed|getting_dressed|body_parts|underwear|bra|knickers|topless|no_clothes|no_clothes_on|nothing_on|with_nothing_on|adult_poses|top_off|her_top_off|his_top_off|on_the_toilet", "indicator": "sexual_abuse"}, {"code": "send-pics", "pattern": "send|ask|want|demand|request|pressure|pressurise|persuade|beg ..6 picture|photo|pic|image|video|snap|selfie ..4 body|underwear|naked|nude|without|of_her|of_him|of_herself|of_himself|private|in_her|in_his|chest|bum|bra", "indicator": "sexual_abuse"}, {"code": "secret-touch", "pattern": "secret|special ..6 touch|touching|game|cuddle|cuddles|tickle|tickling|bath|bed|kisses|kiss", "indicator": "sexual_abuse"}, {"code": "made-to", "pattern": "make|force|tell|ask|get|want|pressure|persuade|coerce ..3 her|him|them|the_child|child|girl|boy|me|daughter|son|cyp|victim ..3 touch|undress|strip|suck|lick|perform|watch|kiss|rub|sit_on_his_lap|sit_on_his_knee|lie_on_top|lie_on ..3 his|her|him|their|private|privates|penis|willy|body|porn|pornography|them|it|him|lap|knee|top|bed", "indicator": "sexual_abuse"}, {"code": "older-online", "pattern": "older|adult|grown|man|men|male|guy|stranger|boyfriend|lad|lads ..12 snapchat|instagram|tiktok|online|message|messages|messaging|dm|dms|whatsapp|chat|chatting|app|gaming|discord|facebook ..12 meet|picture|pictures|photo|photos|pic|pics|body|gift|gifts|money|alcohol|vape|vapes|hotel|car|flat|party|sleep|stay|sleepover|secret|naked|underwear|bra", "indicator": "sexual_abuse"}, {"code": "porn-shown", "pattern": "show|watch|make ..4 porn|pornography|pornographic|adult_film|adult_films|adult_video|adult_videos|blue_film|dirty_film|dirty_films|dirty_video|dirty_videos|rude_video|rude_videos|rude_film", "indicator": "sexual_abuse"}, {"code": "into-bed", "pattern": "get|climb|come|crawl|slip|lie|lay|sneak|go ..3 into|in|under ..3 bed|covers|duvet|sleeping_bag ..12 things|stuff|touch|hand|hands|under|pyjamas|nightie|pants|knickers|clothes|duvet|covers|body|rub|cuddle|naked", "indicator": "sexual_abuse"}, {"code": "sore-down-there", "pattern": "sore|hurt|hurts|hurting|bleed|bleeding|blood|itchy|red|pain|discharge|injury|injuries|bruise|bruising|tear|torn ..4 private|privates|down_there|down_below|front_bottom|genital|genitals|vagina|penis|willy|wee|vaginal|anal|bum|bottom", "indicator": "sexual_abuse"}, {"code": "older-boyfriend", "pattern": "boyfriend|man|male|guy ..3 aged|age|is|who_is|in_his ..2 20|21|22|23|24|25|26|27|28|29|30|30s|twenties|thirties|forties|40|35|19 ..12 sleep|sleeping|stay|stayed|staying|night|overnight|hotel|flat|car|pregnant|sexual|relationship|kissing|kiss|bed|gifts|money|vodka|weed|alcohol|drugs|phone|iphone|cash|trainers|lifts|car", "indicator": "sexual_abuse"}, {"code": "pregnant-child", "pattern": "pregnant|pregnancy ..8 13|14|15|12|11|year_old|yr|yrs|aged|age", "indicator": "sexual_abuse"}, {"code": "baby-injury", "pattern": "baby|babies|infant|newborn|postnatal|post-natal|post_-_natal|new_-_born|neonate|neonatal|nb|bub|babe|non-mobile|non_mobile|not_mobile|not_crawling|not_rolling|week_old|weeks_old|wk_old|wks_old|month_old|months_old|mth_old|mths_old|mnth_old|week_-_old|month_-_old|/\\\\d+wks?/|/\\\\d+mths?/|/\\\\d+mo/|/\\\\d+mnths?/|/\\\\d+m\\\\/o/|/\\\\d+\\\\/12/ ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|ciggie|ciggy|cig_burn|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|scalding_water|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "injury-baby", "pattern": "bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|ciggie|ciggy|cig_burn|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|scalding_water|handprint_shape|hand_print|ring_of|nail_marks|fingernail ~~14 baby|babies|infant|newborn|postnatal|post-natal|post_-_natal|new_-_born|neonate|neonatal|nb|bub|babe|non-mobile|non_mobile|not_mobile|not_crawling|not_rolling|week_old|weeks_old|wk_old|wks_old|month_old|months_old|mth_old|mths_old|mnth_old|week_-_old|month_-_old|/\\\\d+wks?/|/\\\\d+mths?/|/\\\\d+mo/|/\\\\d+mnths?/|/\\\\d+m\\\\/o/|/\\\\d+\\\\/12/", "indicator": "baby_injury"}, {"code": "gesture-throat", "pattern": "finger|fingers|thumb|hand ..3 across ..2 throat|neck", "indicator": "threats_to_kill"}, {"code": "not-around", "pattern": "not|never|n't ..2 be ..1 around|alive|here|breathing|living|about ..3 long|much_longer|to|for|by|after|tomorrow|christmas", "indicator": "threats_to_kill"}, {"code": "thrown-liquid", "pattern": "throw|chuck|pour|splash|spray ..6 acid|bleach|drain_cleaner|caustic|ammonia|corrosive|chemical|substance|liquid|petrol|boiling_water|boiling|kettle|drain_unblocker|unblocker|oven_cleaner|caustic_soda|paint_stripper|drain_unblocker", "indicator": "weapon"}, {"code": "made-do-stuff", "pattern": "have|had|made|make|force|pressure|expect|want ..5 do|doing stuff|things ..4 with|to|for", "indicator": "sexual_abuse"}, {"code": "sleep-with", "pattern": "sleep|have_sex ..1 with ..3 men|man|males|older|adult|adults|strangers|his_friends|his_mates|mates|him|them", "indicator": "sexual_abuse"}, {"code": "passed-round", "pattern": "pass|passed|passing|share|shared|sharing ..1 her|him ..1 round|around|between", "indicator": "sexual_abuse"}, {"code": "rapped", "pattern": "be|get|been rapped|rapped", "indicator": "sexual_abuse"}, {"code": "clothes-off", "pattern": "take|took|taking|make|made|force ..3 clothes|top|pants|knickers|trousers|underwear|bra|nightie|pyjamas ..1 off", "indicator": "sexual_abuse"}, {"code": "things-to-him", "pattern": "do|doing|did things|stuff ..2 to ..1 him|her|them", "indicator": "sexual_abuse"}, {"code": "forced-himself", "pattern": "force|forced ..1 himself|herself|themselves ..1 on|upon|onto|into", "indicator": "sexual_abuse"}, {"code": "age-injury", "pattern": "# ?- week|weeks|wk|wks|month|months|mth|mths|mnth|mnths|mo|day|days ?- old ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|ciggie|ciggy|cig_burn|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|scalding_water|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "injury-age", "pattern": "bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|ciggie|ciggy|cig_burn|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|scalding_water|handprint_shape|hand_print|ring_of|nail_marks|fingernail ~~14 # ?- week|weeks|wk|wks|month|months|mth|mths|mnth|mnths|mo|day|days ?- old", "indicator": "baby_injury"}, {"code": "choke-person", "pattern": "choke|chocked|choking", "indicator": "strangulation"}, {"code": "choked-by", "pattern": "be|get|been|being|was|were|got choke|chocked", "indicator": "strangulation"}, {"code": "choke-with", "pattern": "choke|chocked ..2 by|with_his|with_her|with_a|with_both|around|round|against", "indicator": "strangulation"}, {"code": "grooming", "pattern": "be|being|been|get|got|getting groom|groomed|grooming", "indicator": "sexual_abuse"}, {"code": "grooming-of", "pattern": "grooming|groomed|groom ..1 of|by|behaviour|behaviours|concerns|concern|offence|offences|risk|online|for_sex|for_sexual|her|him|them|children|girls|boys|kids|young|a_child|the_child|vulnerable|victims|victim", "indicator": "sexual_abuse"}, {"code": "paren-age-injury", "pattern": "( # week|weeks|wk|wks|month|months|mth|mths|mnth|mnths|mo|day|days ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|ciggie|ciggy|cig_burn|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|scalding_water|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "make-sure-dead", "pattern": "make_sure|see_to_it|arrange|pay_someone|paid_someone|get_someone ..4 kill|killed|dead|murder|murdered|die|done_in|taken_out|shot|stabbed", "indicator": "threats_to_kill"}, {"code": "pellets", "pattern": "fire|fires|fired|firing|shoot|shoots|shot|shooting ..4 pellet|pellets|bb|bbs|ball_bearing|ball_bearings|rounds|bullet|bullets|dart|darts|arrow|arrows|bolt|bolts", "indicator": "weapon"}, {"code": "jabbing", "pattern": "jab|jabbing|jabbed|lunge|lunged|lunging|thrust|thrusting|slash|slashed|swipe|swiped|swiping ..9 towards|toward|at|into ..3 a_woman|a_man|a_girl|a_boy|someone|people|stomach|chest|face|neck|side|him|her|them|belly|throat|back|leg|arm", "indicator": "weapon"}, {"code": "filed-down", "pattern": "filed_down|sharpened|sharpened_down|homemade|home-made|improvised ..4 point|weapon|blade|screwdriver|spike|shank|stick|toothbrush|rod|metal|spoke|bar|pole", "indicator": "weapon"}, {"code": "made-to-sit", "pattern": "make|force|tell|made|making|forced ..3 her|him|them|child|the_child|the_girl|the_boy ..2 sit_on_his_lap|sit_on_his_knee|sit_on_her_lap|lie_on_top|lie_on_him|lie_on_her|get_into_bed|get_in_bed|sit_on_him|lie_with_him|lie_with_her|shower_with_him|bath_with_him|sleep_in_his_bed|sleep_in_his_room", "indicator": "sexual_abuse"}, {"code": "comma-age-injury", "pattern": "# week|weeks|wk|wks|month|months|mth|mths|mnth|mnths ,|)|; ~~35 bruise|bruising|marks|burn|scald|blister|fracture|broken|bleeding|swelling|swollen|swell|injury|injuries|injure|graze|scratch|bite|petechiae|haemorrhage|hemorrhage|floppy|unresponsive|unconscious|seizure|shaken|welt|abrasion|laceration|wound|handprint|hand_print|fingermark|finger_mark|fingertip|finger_tip|purple|discolouration|discoloration|mottled|pinch|pinch_mark|scar|lesion|crack|dislocate|dislocated|bleb|screamed_when|wince|subdural|bleed_on_the_brain|brain_bleed|retinal|skull|head_injury|head-injury|scalding|scalded|blistered|peeling|boggy|fractures|pinched|flinch|flinched|gripped|grip_marks|cigarette|ciggie|ciggy|cig_burn|skin_came_off|skin_come_off|skin_peeling|skin_off|red_mark|red_marks|grip_mark|bite_mark|bite_marks|cut_lip|cut_to|deep_cut|split_lip|torn_frenulum|frenulum|shaken|shaking_him|shaking_her|shook_him|shook_her|mark|marks|lump_on|bump_on|bleeding|bled|blood_in|blood_from|limp_arm|limp_leg|dropped_him|dropped_her|fell_from|fell_off|rolled_off|lump|bump|nosebleed|nose_bleed|blood_coming|bloodied|fat_lip|swollen_lip|blood_on|blotch|blotches|patch|patches|dots|pinprick|pin-prick|petechial|discoloured|imprint|teeth_marks|bite|bitten|split_lip|split_top_lip|dried_blood|blood_around|blood_from|red_raw|raw|healing_breaks|breaks_in|break_at|break_to|breaks_to|broken_bone|broken_bones|fractured|thigh_bone|not_moving_his_arm|not_moving_her_arm|not_moving_his_leg|not_moving_her_leg|not_using|floppy|limp|scab|scabs|sock_shape|glove_shape|grip_shape|handprint|hand_shaped|hand-shaped|finger_marks|fingermarks|teeth_impressions|impressions|teeth_marks|boiling_water|scalding_water|handprint_shape|hand_print|ring_of|nail_marks|fingernail", "indicator": "baby_injury"}, {"code": "coffin-talk", "pattern": "your|her|his|their|ur coffin|gravestone|headstone|funeral|grave|wreath|obituary|tombstone|epitaph", "indicator": "threats_to_kill"}, {"code": "pick-coffin", "pattern": "pick|picking|choose|choosing|order|book|plan|planning|buy ..3 coffin|headstone|gravestone|plot|funeral|wreath", "indicator": "threats_to_kill"}, {"code": "gravestone-name", "pattern": "gravestone|headstone|tombstone|grave ..10 name|her_name|his_name|date|this_year", "indicator": "threats_to_kill"}, {"code": "days-numbered", "pattern": "on_this_earth|days_are_numbered|days_numbered|while_you_still_can|while_you_can|tick_tock|last_day_alive|last_days_alive|last_night_alive|last_christmas|last_birthday|last_week_on|breathe_your_last|meet_your_maker|say_your_prayers|say_goodbye_to_the_kids|say_goodbye_to_your|kiss_the_kids_goodbye|kiss_your_kids_goodbye", "indicator": "threats_to_kill"}, {"code": "burn-house", "pattern": "burn|torch|petrol|set_fire|set_light|fire ..4 house|flat|home|place|car|door ..8 with|while|when ..3 you|her|them|kids|children|in_it|inside|sleeping|asleep|in_bed", "indicator": "threats_to_kill"}, {"code": "never-back", "pattern": "wo|will|'ll|gonna|going|shall ..2 not|never|n't ..2 be ..1 coming|come|getting|leaving ..1 back|home|out|up|alive", "indicator": "threats_to_kill"}, {"code": "sleep-forever", "pattern": "sleep|go_to_sleep|put_to_sleep|make_her_sleep|make_him_sleep ..3 forever|for_good|permanently|for_ever|and_never_wake|never_wake", "indicator": "threats_to_kill"}, {"code": "permanently", "pattern": "sort|deal|get_rid|take_care|shut|silence|finish|handle|fix ..5 permanently|for_good|forever|once_and_for_all", "indicator": "threats_to_kill"}, {"code": "pointed-thing", "pattern": "pointed|pointy|sharp|long|silver|carving|metal|serrated|shiny ..3 thing|object|implement|tool|one|end|edge|bit ..10 block|drawer|kitchen|at|towards|point|pointing|held|hold|waved|waving|wave|jab|stab", "indicator": "weapon"}, {"code": "jab-into", "pattern": "screwdriver|scissors|pen|fork|needle|syringe|blade|skewer|shard|glass|tip|point|end|edge|corkscrew|compass ..4 into|against|to|at|in ..3 ribs|neck|throat|face|cheek|side|stomach|chest|back|eye|arm|leg|belly|tummy|hand|head", "indicator": "weapon"}, {"code": "hit-with", "pattern": "hit|struck|strike|beat|whack|batter|smash|smack|wallop|thump|clout|belt ..3 her|him|them|me|mum|dad|ip|victim|child|son|daughter|partner|wife|husband|boy|girl|baby ..4 with ..3 a|an|the|it|his|her|something|that|this|one", "indicator": "weapon"}, {"code": "keeps-weapon", "pattern": "keep|keeps|kept|carry|carries|hid|hide|hides|hidden|stash|stashed|store|stores ..6 bar|metal_bar|iron_bar|cosh|baton|knuckles|brass_knuckles|knuckle_duster|knuckledusters|blade|lock-back|lockback|strap|shooter|burner|machete|bat|hammer|axe|crowbar|pipe|pole", "indicator": "weapon"}, {"code": "slang-weapon", "pattern": "skeng|shank|shiv|brass_knuckles|knuckledusters|knuckle-duster|lock-back|lockback|flick-knife|butterfly_knife|zombie_knife|rambo_knife|carving_thing|with_a_barrel|a_barrel", "indicator": "weapon"}, {"code": "blade-length", "pattern": "# ?- inch|inches|cm|centimetre ..3 blade|edge|knife|thing|spike", "indicator": "weapon"}, {"code": "down-there-sore", "pattern": "private|privates|front_bottom|down_there|down_below|bottom|willy|vagina|penis|bum|foof|minnie|fairy|tuppence ..4 sore|hurts|hurt|hurting|bleeding|red|itchy|pain|stings|stinging|burns|burning", "indicator": "sexual_abuse"}, {"code": "got-it-out", "pattern": "got|get|take|took|pulled|pull|show|showed|flash|flashed ..2 his|her thing|willy|penis|private|privates|bits|dick|cock ..1 out", "indicator": "sexual_abuse"}, {"code": "made-watch", "pattern": "make|made|makes|making|force|forced ..2 me|her|him|them|the_child|the_kids ..2 watch|look|touch|hold|kiss|lick|suck", "indicator": "sexual_abuse"}, {"code": "do-stuff-with", "pattern": "do|doing ..2 stuff|things|stuff_with ..4 with|to|for ..4 men|man|him|them|older|adults|males|lads|boys|strangers|his_mates|his_friends", "indicator": "sexual_abuse"}, {"code": "no-clothes", "pattern": "no_clothes|naked|nothing_on|without_clothes|no_clothes_on ..8 doing|rude|stuff|things|touching|together|kissing|lying|bed|video|videos|photos", "indicator": "sexual_abuse"}, {"code": "bottoms-off", "pattern": "bottoms|pants|knickers|trousers|clothes|underwear|pyjama_bottoms ..1 off|down ..12 playing|game|games|mummies_and_daddies|mums_and_dads|touch|touching|secret|brother|sister|cousin|uncle|grandad|man|lad|boy|bed|bedroom|crying|cried|get_off|stop|hurt|hurting|on_top_of|on_top", "indicator": "sexual_abuse"}, {"code": "mummies-daddies", "pattern": "doctors_and_nurses|grown-up_games|grown_up_games|special_game|secret_game|tickle_game", "indicator": "sexual_abuse"}, {"code": "woke-undressed", "pattern": "woke|wake|waking|came_round|came_to ..12 underwear|knickers|pants|jeans|trousers|clothes|bra|skirt|dress|pyjamas|pajamas|nightie|top|pyjama_bottoms ..2 off|missing|removed|down|undone|ripped|torn", "indicator": "sexual_abuse"}, {"code": "child-pregnant", "pattern": "11|12|13|14|15 ?)|yo|year_old|years_old|yr_old|-_year_-_old ..15 pregnant|pregnancy|expecting", "indicator": "sexual_abuse"}, {"code": "kneel-neck", "pattern": "kneel|knelt|kneeling|sat|sit|sitting|stood|stand|standing|lean|leaned|leant|pin|pinned|press ..4 on|across|onto ..4 neck|throat|windpipe", "indicator": "strangulation"}, {"code": "went-black", "pattern": "everything_went_black|went_black|blacked_out|black_out|passed_out|pass_out|lost_consciousness|went_dark|saw_stars|seeing_stars|went_limp|went_floppy|went_blue|turned_blue|lips_went_blue|lips_turned_blue ~~20 neck|throat|squeeze|squeezed|choke|choked|strangle|strangled|breathe|breath|air|pinned|held|hold|pressed|knelt", "indicator": "strangulation"}, {"code": "held-it-to", "pattern": "held|hold|holding|put|press|pressed|pressing ..2 it|them|this|that|one|the_blade|the_point|the_knife ..1 to|against|at|into ..4 throat|neck|face|cheek|head|chest|side|stomach|ribs|back|temple|eye", "indicator": "weapon"}, {"code": "aimed-at", "pattern": "swing|swung|wave|waved|waving|jab|jabbed|jabbing|point|pointed|pointing|held|hold|holding|raise|raised|brought|thrust|lunge|lunged|fire|fired|aim|aimed|brandish|shook|shake|crackle|zap|zapped ..2 it|them|this|that|the_thing ..5 at|towards|toward|against|near|inches_from|over|up_to|up_at|in ..5 her|him|them|me|mum|mummy|dad|daddy|people|his|the_kids|head|face|tummy|stomach|thigh|neck|throat|chest|back|us|you", "indicator": "weapon"}, {"code": "swing-at", "pattern": "swing|swung|swinging|wave|waved|waving|brandish|brandished|brandishing ..9 at|towards|toward ..2 her|him|another|a_male|a_female|people|them|mum|dad|the|his|my|their|passers-by|a_man|a_woman|me", "indicator": "weapon"}, {"code": "weapon-parts", "pattern": "holster|sheath|scabbard|cartridge|cartridges|shell_casings|casings|replica_gun|replica_firearm|air_pistol|airsoft|imitation_firearm|serrated|rambo|zombie_one|chopper|bike_chain|nunchaku|nunchucks|pitchfork|log_splitter|taser|tazer|his_protection|her_protection|for_protection|homemade_blade|home-made_blade|skeng|blaid|blayde|blaide|pistle|pistel|pistoll|gunn|shotgunn|machette|crosbow|crossbo|kinfe|nife|knive|bolt_gun|nail_gun_at|cleaver", "indicator": "weapon"}, {"code": "doing-it", "pattern": "do_it_with|did_it_with|sleeping_together|slept_together|have_been_having_sex|having_it_off|had_it_off", "indicator": "sexual_abuse"}, {"code": "sti", "pattern": "chlamydia|gonorrhoea|gonorrhea|syphilis|genital_warts|herpes|sti|std|sexually_transmitted|morning_after_pill|emergency_contraception|pregnancy_test", "indicator": "sexual_abuse"}, {"code": "do-what-they-want", "pattern": "do ..2 what ..2 they|he|men|the_men ..1 want|wanted|wants|say|said|tell|told", "indicator": "sexual_abuse"}, {"code": "nothing-on", "pattern": "nothing_on|no_clothes_on|naked|with_nothing_on|no_knickers|no_pants|no_underwear|no_knickers_on|no_pants_on|without_knickers|without_pants ..6 in_front_of|around|with_her|with_him|on_his_lap|on_her_lap|next_to", "indicator": "sexual_abuse"}, {"code": "grooming-phrases", "pattern": "our_secret|our_little_secret|our_special_secret|keep_it_secret|keep_it_a_secret|don't_tell_your_mum|do_n't_tell_your_mum|dont_tell_your_mum|wouldn't_understand|would_n't_understand|more_mature|mature_for_your_age|little_girlfriend|my_girlfriend|special_friend|wear_in_bed|wears_in_bed|what_you_wear|secret_boyfriend|sugar_daddy", "indicator": "sexual_abuse"}, {"code": "the-thing", "pattern": "put_his_thing|made_me_do_the_thing|do_the_thing|does_the_thing|the_thing_in_the_car|his_thing_in|touch_his_thing|touched_his_thing|suck_it|sucked_it|lick_it", "indicator": "sexual_abuse"}, {"code": "on-top-of", "pattern": "lying|lay|laid|was|got|climbed|climbing ..1 on_top_of ..2 her|him|the_girl|the_boy|the_child|maisie|me", "indicator": "sexual_abuse"}, {"code": "room-with-men", "pattern": "go|went|taken|seen|gone|going|took ..4 into|in|to ..2 a_room|hotel_room|room|flat|bedroom|hotel ..4 with ..3 men|adult_men|older_men|adult_males|older_males|two_men|three_men|several_men", "indicator": "sexual_abuse"}, {"code": "cut-throat", "pattern": "will|would|'ll|'d|going|gonna|gon|threaten|threatened|say|said ..4 cut|slit|slash ..2 her|his|your|their|ur|my throat|neck", "indicator": "threats_to_kill"}, {"code": "finish-you", "pattern": "will|would|'ll|'d|going|gonna|gon ..2 finish ..1 you|ya|u", "indicator": "threats_to_kill"}, {"code": "wont-live-to", "pattern": "wo|will|'ll|gonna|going|shall ..2 not|never|n't ..1 live ..1 to|long|past|another|through", "indicator": "threats_to_kill"}, {"code": "murder-suicide", "pattern": "murder_-_suicide|murder-suicide|murder_suicide|familicide|kill_us_all|kill_us_both|kill_all_of_us|end_all_their_lives|end_all_our_lives|end_their_lives|end_our_lives", "indicator": "threats_to_kill"}, {"code": "drive-into", "pattern": "drive|crash|drove|driving|crashed ..5 into|off ..3 reservoir|river|lake|canal|sea|wall|tree|lorry|bridge|cliff|motorway|quarry ..8 kids|children|boys|girls|baby|us|them|you|in_the_back", "indicator": "threats_to_kill"}, {"code": "came-at-with", "pattern": "come|came|coming|go|went|going|run|ran|lunge|lunged|charge|charged|fly|flew ..1 at|for|towards|toward ..3 with ..6 bottle|broken|jagged|glass|bat|hammer|knife|blade|weapon|stick|pole|bar|iron|screwdriver|scissors|axe|chair|spanner|wrench|brick|rock|machete|metal|wooden|sharp|shard|fork|kettle|pan|belt|chain|dumbbell|crowbar|poker|tool|object|implement|something", "indicator": "weapon"}, {"code": "turned-up-with", "pattern": "turn|turned|turning|show|showed|arrive|arrived|appear|appeared ..1 up ..1 with ..3 bat|baseball_bat|baseball-bat|hammer|knife|machete|axe|crowbar|weapon|gun|blade|iron_bar|golf_club|metal_bar|cricket_bat|pole|shotgun|firearm|knives|sword", "indicator": "weapon"}, {"code": "swung-it-at", "pattern": "swing|swung|swinging|lunge|lunged|jab|jabbed|thrust|thrusting ..1 it|them|this|that ..1 at|towards|toward", "indicator": "weapon"}, {"code": "night-visit", "pattern": "come|comes|came|creep|creeps|crept|sneak|sneaks|sneaked|snuck|go|goes|went ..2 into|in ..2 her|his|my|their room|bedroom ..12 night|asleep|sleeping|everyone ..12 touch|things|stuff|under|duvet|covers|bed|pyjamas|kiss|clothes", "indicator": "sexual_abuse"}, {"code": "under-clothes", "pattern": "touch|hand|hands|finger|fingers ..3 under|inside|down|up|over ..2 her|his|my|their clothes|pants|knickers|skirt|top|underwear|pyjamas|nightie|trousers|shorts|bra|dress|jumper", "indicator": "sexual_abuse"}, {"code": "sex-compound-words", "pattern": "sex_-_abuse|sex_-_attack|sex_-_assault|sex_-_offence|sex_-_offender|sex_-_offences|child_sex|sex_abuse|sex_attack|sex_assault|sex_offence|sex_offender|sex_offences|sex_offending", "indicator": "sexual_abuse"}, {"code": "forced-to-bed", "pattern": "force|forces|forced|forcing|make|makes|made|making|pressure|pressures|pressured ..3 her|him|them|me ..2 go_to_bed_with|sleep_with|have_sex|have_intercourse|sexual|perform", "indicator": "sexual_abuse"}, {"code": "pinned-undressed", "pattern": "hold|holding|held|holds|pin|pinned|pinning|pins ..3 down ..12 nightie|clothes|knickers|pants|skirt|jeans|top|trousers|underwear|pyjamas|bra ..1 up|off|down", "indicator": "sexual_abuse"}, {"code": "pictures-of-body", "pattern": "photo|photos|picture|pictures|pic|pics|image|images|video|videos|film|filmed|filming ..3 of ..2 her|his|their ..1 chest|breasts|boobs|body|bottom|bum|underwear|crotch", "indicator": "sexual_abuse"}, {"code": "top-up", "pattern": "make|made|makes|force|forced|tell|told|get|got ..2 her|him|me ..2 pull|lift|take ..2 her|his|my top|shirt|skirt|dress|jumper|t-shirt|nightie ..1 up|off", "indicator": "sexual_abuse"}, {"code": "find-body", "pattern": "nobody|no_one|no-one|never|police|they ..3 find ..2 your|her|his|their|ur body|bodies|remains", "indicator": "threats_to_kill"}, {"code": "barrel-of", "pattern": "the_barrel_of|barrel_of_a|barrel_of_the|barrel_of_his", "indicator": "weapon"}, {"code": "put-in-grave", "pattern": "put|putting ..3 in|into ?a|the|your|her|his coffin|casket|body_bag|grave|ground|morgue|urn|wooden_box", "indicator": "threats_to_kill"}, {"code": "trigger-of", "pattern": "with_a_trigger|pulled_the_trigger|pull_the_trigger|pulling_the_trigger|finger_on_the_trigger|trigger_and|and_trigger|trigger_and_barrel|barrel_and_trigger", "indicator": "weapon"}, {"code": "spike-handle", "pattern": "spike|spikes|spiked ..6 handle|grip|wooden|metal|homemade|home-made|sharp|tape", "indicator": "weapon"}, {"code": "last-alive", "pattern": "last ..2 alive|on_earth|on_this_earth", "indicator": "threats_to_kill"}, {"code": "dig-grave", "pattern": "dig|digging|dug ..3 hole|grave|graves ..2 for ..1 you|her|him|them|the_kids|both_of_you", "indicator": "threats_to_kill"}, {"code": "wipe-out", "pattern": "wipe|wiping ..1 out ..3 you|her|him|them|the_kids|the_lot|family|the_family|all_of_you|both_of_you", "indicator": "threats_to_kill"}, {"code": "youre-deceased", "pattern": "you|u|ya|she|he|they|your|ur|you're|she's|he's|you'll|she'll|he'll ..3 deceased|corpse", "indicator": "threats_to_kill"}, {"code": "playing-mummies", "pattern": "play|playing|played|plays|game|games ..3 mummies_and_daddies|mums_and_dads", "indicator": "sexual_abuse"}, {"code": "touch-secret", "pattern": "touch|touching|touched ..2 her|him|me ~~20 special|secret|not_to_tell|don't_tell|do_n't_tell|dont_tell|keep_it_quiet|delete_the|delete_them|delete_it", "indicator": "sexual_abuse"}, {"code": "none-of-us", "pattern": "none|neither|nobody ..3 of ..1 us|you|them ..3 will|'ll|gonna|going|be ..3 here|alive|wake|live|survive|see|breathing|left", "indicator": "threats_to_kill"}, {"code": "make-sure-not-wake", "pattern": "make_sure|making_sure|see_to_it ..4 neither|none|nobody|you|she|he|they|her|him ..4 wake|alive|breathing|live|survive|here|see", "indicator": "threats_to_kill"}, {"code": "taking-us-with", "pattern": "take|taking|took ..3 us|you|them|the_kids|the_children|everyone|all_of_us|the_lot|us_all|them_all ..3 with ..1 me|him|her", "indicator": "threats_to_kill"}, {"code": "last-thing-see", "pattern": "last_thing ..3 ever ..1 see|hear|do", "indicator": "threats_to_kill"}, {"code": "kill-list", "pattern": "kill_-_list|kill-list|kill_list|hit_-_list|hit-list|hit_list|death_list|death_-_list", "indicator": "threats_to_kill"}, {"code": "do-like-dog", "pattern": "do|done ..1 you|her|him|them ..1 like|how|what ..4 dog|cat|pet|last_one|ex|his_ex|my_ex|the_last_one", "indicator": "threats_to_kill"}, {"code": "chase-holding", "pattern": "chase|chasing|chased|ran_after|running_after|came_after|coming_after ..8 holding|with|waving|brandishing ..4 fork|knife|bat|hammer|axe|stick|pole|bar|spade|shovel|rake|screwdriver|scissors|blade|machete|bottle|iron|chair|pitchfork|knives|something", "indicator": "weapon"}, {"code": "jabbed-into-near", "pattern": "jab|jabbed|jabbing|stab|stabbed|stabbing|plunge|plunged|thrust|thrusting ..2 it|them ..1 into|in|through ..8 next_to|beside|near|inches_from|by ..3 head|face|her|him|mum|me|neck", "indicator": "weapon"}, {"code": "be-nice-to-men", "pattern": "have|has|had|made|make|told|expected|expect ..3 be_nice|be_friendly|keep_them_happy|look_after_them|be_good ..6 men|man|them|him|whoever|his_mates|his_friends|anyone|visitors|people", "indicator": "sexual_abuse"}, {"code": "men-come-round", "pattern": "hotel|hotels|flat|room|house ..8 men|older_men|adult_men|strangers|other_men ..3 come|came|coming|visit|visited|in_and_out|round|over", "indicator": "sexual_abuse"}, {"code": "thumbs-throat", "pattern": "press|pressed|pressing|push|pushed|pushing|dig|dug|digging ..3 thumb|thumbs|fingers|hand|hands|arm|forearm|knee ..6 throat|neck|windpipe", "indicator": "strangulation"}, {"code": "lap-no-knickers", "pattern": "sit|sat|sitting|sits ..2 on ..1 his|her lap|knee ..4 no_knickers|no_pants|no_clothes|nothing_on|naked|without_knickers|without_pants", "indicator": "sexual_abuse"}, {"code": "finish-off", "pattern": "finish|finishing ..1 off ..4 family|kids|children|you|her|him|them|everyone|lot|us", "indicator": "threats_to_kill"}, {"code": "not-wake-up", "pattern": "wo|will|'ll|gonna|going ..2 not|never|n't ..1 wake_up|wake", "indicator": "threats_to_kill"}, {"code": "send-to-grave", "pattern": "send|sending|put|putting ..3 to|in|into ..2 the|your|her|his|their|an|an_early grave|graves|coffin|morgue|early_grave", "indicator": "threats_to_kill"}, {"code": "upstairs-with", "pattern": "go|goes|went|going|taken|take|took ..1 upstairs|to_a_room|to_the_bedroom|into_a_room|into_the_bedroom ..2 with ..2 whoever|men|man|them|him|different_men|his_mates|his_friends|strangers", "indicator": "sexual_abuse"}, {"code": "picked-up-by-men", "pattern": "picked_up|picking_up|picks_up|pick_her_up|pick_him_up|collected|collecting ..6 older|adult|different|several|grown ..2 men|blokes|males|lads", "indicator": "sexual_abuse"}], "exclusions": [{"pattern": "choke|choking|chocked ..3 on ..3 food|sweet|sweets|grape|grapes|crisp|crisps|bone|bread|drink|water|toy|lego|coin|sandwich|biscuit|milk|apple|sausage|popcorn|dinner|tea|breakfast|lunch|meal|piece|bit|carrot|chips|nut|nuts|peanut|sweetcorn|pasta|bottle|feed|vomit|sick|spit|dummy|button|battery|marble|chewing_gum|gum|smoke|fumes", "indicator": "strangulation"}, {"pattern": "choke|choking ..1 up|back|tears|laugh|laughing|cough|coughing|emotional", "indicator": "strangulation"}, {"pattern": "choked ..1 up|back", "indicator": "strangulation"}, {"pattern": "stiff|sore|pain|painful|crick|crook|tattoo|necklace|scarf|rash|infection|lump|ache|strain|surgery|operation|tonsils|tonsillitis|cold|cough|swab|lozenge|spray|cream|pain_in_the ..3 neck|throat", "indicator": "strangulation"}, {"pattern": "neck|throat ..2 infection|ache|pain|sore|stiff|tattoo|lozenge|brace|swab|surgery|chain|necklace|pillow|warmer|injury|cancer|problems|clearing|cleared", "indicator": "strangulation"}, {"pattern": "asthma|inhaler|panic|anxiety|crying|sobbing|croup|chest_infection|covid|hyperventilat*|swimming|running|laughing|cold|cough|virus|nebuliser|allergic|allergy|reaction|smoke|fumes ..8 breathe|breath|breathing|air", "indicator": "strangulation"}, {"pattern": "breathe|breath|breathing|air ..8 asthma|inhaler|panic|anxiety|crying|sobbing|croup|chest_infection|covid|hyperventilat*|nebuliser|allergic|allergy|reaction|smoke|fumes|laughing|cold|cough|virus|running|ran", "indicator": "strangulation"}, {"pattern": "neck_and_neck|neck_of_the_woods|up_to_his_neck|up_to_her_neck|up_to_their_neck|up_to_my_neck|stick_his_neck|stick_her_neck|stuck_his_neck|stuck_her_neck|breathing_down|jump_down_his_throat|jump_down_her_throat|down_his_throat|down_her_throat|down_their_throat|clear_his_throat|clear_her_throat|cleared_his_throat|cleared_her_throat|frog_in|lump_in_her_throat|lump_in_his_throat|at_each_other's_throats|each_other's_throats|cut-throat|cutthroat|pain_in_the_neck|dead_ringer", "indicator": "strangulation"}, {"pattern": "smother|smothered|smothering ..3 in|with ..2 ketchup|sauce|gravy|kisses|love|attention|cream|butter|affection|chocolate", "indicator": "strangulation"}, {"pattern": "catch|catching|caught|get|got|take|took|taking|hold|held|holding ..2 ?her|his|their|my breath", "indicator": "strangulation"}, {"pattern": "breath_of_fresh_air|breathing_space|breathe_a_sigh|breathed_a_sigh|breathing_a_sigh|take_a_breath|deep_breath|deep_breaths|catch_her_breath|catch_his_breath|out_of_breath|short_of_breath|shortness_of_breath|breathing_difficulties|breathing_problems|waste_of_breath|under_her_breath|under_his_breath|under_their_breath|breathalyser|breathalysed|breath_test|breath_tested", "indicator": "strangulation"}, {"pattern": "headlock|chokehold|choke_hold|wrestle|wrestling|wwe|judo|jujitsu|jiu|mma|bjj|playfight|play_fight|play-fight|messing|mucking|play|playing|game|games ..8 headlock|chokehold|choke_hold|wrestle|wrestling|wwe|judo|jujitsu|jiu|mma|bjj|playfight|play_fight|play-fight|messing|mucking|play|playing|game|games", "indicator": "strangulation"}, {"pattern": "pass|passed|black|blacked ..1 out ..6 drunk|drink|alcohol|vodka|cider|beer|drugs|spice|intoxicated|pills|heat|exhausted|ketamine|ket|nos|balloon|balloons|sofa|settee|couch|bed|floor", "indicator": "strangulation"}, {"pattern": "drunk|drink|alcohol|vodka|cider|beer|drugs|spice|intoxicated|pills|ketamine|nos|drinking|drank ..8 pass|passed|black|blacked ..1 out", "indicator": "strangulation"}, {"pattern": "hold|holding|held|grab|grabbed|grip|gripped|pull|pulled|push|pushed ..3 hand|hands|arm|arms|wrist|wrists|hair|collar|hood|hoody|hoodie|coat|jacket|top|shirt|bag|phone|door|lead", "indicator": "strangulation"}, {"pattern": "cut|cuts|cutting ..2 ?her|his|their|the air ..1 with|conditioning|fryer|freshener|con|con_unit|bed|raid|port|miles", "indicator": "strangulation"}, {"pattern": "tie|ties|tied|lead|leads ..2 around|round|on ..2 neck ..1 for|as|of|while|wearing|wore", "indicator": "strangulation"}, {"pattern": "dog|dogs|puppy|cat ..6 neck|throat|lead|collar", "indicator": "strangulation"}, {"pattern": "air ..1 con|conditioning|fryer|freshener|raid|port|miles|bnb|bed|rifle|gun|pistol|pump", "indicator": "strangulation"}, {"pattern": "*lock ..0 screen|pad|padlock|key|keys|door|bike|combination|smith", "indicator": "strangulation"}, {"pattern": "padlock|unlock|lock|locked|locker|lockdown|locksmith|deadlock|gridlock|wedlock|dreadlock|dreadlocks|airlock|hemlock", "indicator": "strangulation"}, {"pattern": "throttle ..2 engine|bike|motorbike|car|moped|accelerator|pedal|petrol|fuel", "indicator": "strangulation"}, {"pattern": "no_air_in|air_in_the|fresh_air|air_out|on_air|on_the_air|open_air", "indicator": "strangulation"}, {"pattern": "kill ..2 time|two_birds|the_mood|the_vibe|the_lights|the_engine|the_music|the_tv|the_battery|for_a|for|joke|jokes|switch|weeds|germs|bacteria|pain|it_off|off|spiders|spider|flies|fly|wasps|wasp|ants|bugs|slugs|mice|rats|plants|zombies|enemies|monsters|characters|players|people_in_the_game", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "killing ..1 time|myself_laughing|himself_laughing|herself_laughing|themselves_laughing|ourselves_laughing|yourself_laughing|themself_laughing|weeds|germs|spiders|flies|zombies|monsters|enemies", "indicator": "threats_to_kill"}, {"pattern": "game|games|gaming|fortnite|call_of_duty|gta|xbox|playstation|ps4|ps5|console|minecraft|roblox|zombie|zombies|film|movie|book|show|series|documentary|podcast|tv|programme|video_game ..20 kill|killing|murder|murdered|dead|death|die|shoot|shooting|gun|guns|stab|weapon|weapons|blood|knife|knives", "indicator": "threats_to_kill"}, {"pattern": "kill|killing|murder|dead|death|die|shoot|shooting|gun|guns|stab|weapon|weapons|knife ..12 game|games|gaming|fortnite|call_of_duty|gta|xbox|playstation|ps4|ps5|console|minecraft|roblox|zombie|zombies|film|movie|book|show|series|documentary|podcast|programme|video_game", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "dress|dressed|dressing|look|looks|looking ..1 to ..1 kill", "indicator": "threats_to_kill"}, {"pattern": "murder ..2 mystery|cup_of_tea|a_coffee|a_brew|a_pint|a_curry|a_takeaway|for_a|documentary|podcast|programme|drama|series|film|book|novel|game|she_wrote|on_the_dancefloor|a_cuppa|a_burger|a_pizza|a_kebab|a_biscuit|a_tea", "indicator": "threats_to_kill"}, {"pattern": "would|'d|could ..1 kill|murder ..1 for ..2 a|an|some", "indicator": "threats_to_kill"}, {"pattern": "dead ..1 battery|phone|tired|end|ends|easy|serious|against|set|on_time|good|funny|quiet|loud|heat|beat|bored|boring|weight|line|zone|certain|excited|nice|lucky|simple|right|hard|proud|keen|cute|sweet|worried|upset|late|early|busy|long|fast|slow|ringer|leg|legs|arm|rubber|skin|body|bird|birds|fish|rat|rats|mouse|mice|plant|plants|animal|animals|pet|pets|hamster|wasp|wasps|insect|insects|spider|spiders|fly|flies|sure|chuffed|happy|pleased", "indicator": "threats_to_kill"}, {"pattern": "in|into ?a|the box_room|boxroom|box_of|toy_box|toybox|xbox|ground_floor|groundfloor|playground|underground|grounds|background|hole_in|holes|hole_punch|urn_of", "indicator": "threats_to_kill"}, {"pattern": "bury|buried|burying ..2 ?her|his|their|my head|face|toys|bone|sand|hamster|pet|dog|cat|fish|goldfish|rabbit|treasure|time_capsule", "indicator": "threats_to_kill"}, {"pattern": "end ..1 of|up|result|date|point|table|terrace|house|game|credits|user|ed|in_tears", "indicator": "threats_to_kill"}, {"pattern": "will|would|going|gonna|about|shall|want|'ll ..3 end ..1 ?the relationship|things|it|contact|tenancy|placement|call|marriage|up|pregnancy|school|term|sentence|shift|visit", "indicator": "threats_to_kill"}, {"pattern": "kill|killed|kills|killing|end|ended|ending|take|took|taking ..3 himself|herself|themselves|myself|yourself|themself|own_life", "indicator": "threats_to_kill"}, {"pattern": "suicide|suicidal|overdose|self_harm|self-harm|selfharm|life_not_worth|not_worth_living|want_to_die|wants_to_die|wanted_to_die|end_it_all|ending_it_all", "indicator": "threats_to_kill"}, {"pattern": "shoot|shooting|shot ..2 hoop|hoops|video|film|photo|photos|goal|goals|pool|penalty|penalties|basketball|netball|football", "indicator": "threats_to_kill"}, {"pattern": "knife|knives ..1 and|& ..1 fork|forks", "indicator": "weapon"}, {"pattern": "butter|bread|steak|cheese|fruit|palette|craft|table|plastic|paper|pizza|vegetable|veg|cake|pen|putty|carving|cutlery ..1 knife|knives", "indicator": "weapon"}, {"pattern": "nerf|toy|water|glue|staple|nail|spray|paint|paintball|laser|lazer|heat|massage|bubble|cap|foam|squirt|starting|starter|grease|caulk|hot_glue|glitter|ray|tape|temperature|speed|radar|thermometer|plastic|pretend|play|lego|playmobil|super_soaker ..1 gun|guns|pistol|pistols|blaster|blasters|rifle|rifles|sword|swords|weapon|weapons|knife|knives", "indicator": "weapon"}, {"pattern": "shoot|shooting|shoots|shot|shots ..2 hoop|hoops|basket|baskets|video|videos|film|films|photo|photos|photograph|goal|goals|penalty|penalties|pool|scene|ball|netball|basketball|football|the_breeze|a_look|a_glance|glances|up|down|past|off|him_a|her_a|me_a|across|through|into|from|a_message|a_text|a_dirty_look|the_messenger|home|out|back|round|over|hoops", "indicator": "weapon"}, {"pattern": "photo|video|camera|film|penalty|goal|basketball|netball|football|hoops|flu|booster|vaccination|vaccine|jab|jabs|injection|injections|immunisation|immunisations|covid|mmr|tetanus|photo|photoshoot|music_video ..2 shoot|shot|shots|shooting", "indicator": "weapon"}, {"pattern": "big_shot|hot_shot|mug_shot|mugshot|long_shot|gun-shy|guns_blazing|stick_to_her_guns|stick_to_his_guns|stuck_to_her_guns|stuck_to_his_guns|jumped_the_gun|jump_the_gun|jumping_the_gun|top_gun|son_of_a_gun|smoking_gun|shotgun_wedding|shotgun_seat|called_shotgun|calls_shotgun|flu_shot|booster_shot|shot_glass|shot_glasses", "indicator": "weapon"}, {"pattern": "acid_reflux|acid_test|citric_acid|folic_acid|acid_house|amino_acid|stomach_acid|lactic_acid|battery_acid", "indicator": "weapon"}, {"pattern": "knife_crime|knife-crime|weapon_awareness|weapons_awareness|knife_awareness|knife_amnesty|knife_bin|knife_angel|knife_arch|knife_edge|knife-edge|blade_of_grass|blades_of_grass|roller_blades|rollerblades|rollerblade|rollerblading|shoulder_blade|shoulder_blades|fan_blade|fan_blades|turbine_blades|wiper_blade|wiper_blades|razor_blade_scooter|bullet_point|bullet_points|bullet_journal|bullet_train|magic_bullet|bite_the_bullet|dodged_a_bullet|dodge_a_bullet|bullet-point|gunpoint_of_view|point_of_view|knife_block|knifeblock|butter_knife", "indicator": "weapon"}, {"pattern": "cut|cutting|chop|chopping|slice|slicing|peel|peeling|carve|carving|spread|spreading|prepare|preparing|butter|buttering|sharpen|sharpening|wash|washing|washed|dry|drying|dried|put_away|putting_away|cook|cooking|cooked|make|making|eat|eating|ate|dinner|tea|meal ..6 knife|knives|scissors|blade", "indicator": "weapon"}, {"pattern": "knife|knives|scissors ..6 vegetable|vegetables|veg|onion|onions|bread|food|apple|apples|carrot|carrots|potato|potatoes|meat|chicken|cake|sandwich|sandwiches|toast|fruit|tomato|tomatoes|tea|dinner|lunch|meal|pizza|turkey|roast|pumpkin|string|tape|paper|ribbon|rope|tag|tags|label|labels|cardboard|wood|dishwasher|sink|draining_board|drainer|washing_up|dishwasher|worktop|counter|cupboard|fork|forks|spoon|spoons|plate|plates|dishes|crafts|craft|fringe|hair|nails", "indicator": "weapon"}, {"pattern": "craft|crafts|hair|nail|nails|safety|paper|children's|kids ..2 scissors", "indicator": "weapon"}, {"pattern": "razor ..2 shaving|shave|bathroom|cabinet|legs|beard|scooter|burn", "indicator": "weapon"}, {"pattern": "shaving|shave|bathroom|disposable|electric|pink ..2 razor|razors", "indicator": "weapon"}, {"pattern": "screwdriver|hammer|drill|spanner|wrench|saw ..6 toolbox|tool_box|tools|shelf|shelves|flatpack|flat_pack|diy|fix|fixing|fixed|assemble|assembling|wardrobe|bike|battery|toy|repair|repairing|job|work|van|garage|shed|nails|picture|pictures|building|builder|builders|joiner|plumber|electrician|workshop", "indicator": "weapon"}, {"pattern": "axe ..1 body_spray|deodorant|the|to|job|jobs|funding|service|budget|cuts|club|throwing|effect", "indicator": "weapon"}, {"pattern": "glass|glasses ..1 of ..1 water|wine|milk|juice|squash|coke|lemonade|vodka|beer|cider|whisky|gin|prosecco|pop", "indicator": "weapon"}, {"pattern": "glass ..2 window|windows|door|doors|bottle|bottles|table|screen|panel|pane|cabinet|front|recycling|frame|ceiling|roof|vase|jar|jars|bowl|ornament|cup|cups|eye|half|fibre|sea|stained|magnifying|looking|on_the_floor|shattered|smashed|shards|broken|cracked|cup|wine|pint|shot|drinking|reading|cut|splinter", "indicator": "weapon"}, {"pattern": "wine|drinking|drink|pint|shot|reading|pair|magnifying|broken|smashed|shattered|cracked|window|bathroom|sunglasses|wearing|wears|his|her|their|my|new|nhs|prescription|optician|opticians|a|the|of|empty|full ..1 glass|glasses", "indicator": "weapon"}, {"pattern": "bottle ..2 milk|feed|feeding|feeds|formula|baby|water|juice|wine|vodka|beer|cider|whisky|gin|spirits|empty|empties|bottles|recycling|bank|top|tops|opener|steriliser|sterilised|warmer|prep|machine|gas|hot_water|shampoo|perfume|medicine|calpol|coke|pop|fizzy|sauce|ketchup|bleach|bubble|fed|feeder|teat|sterilising", "indicator": "weapon"}, {"pattern": "empty|milk|feeding|formula|baby|water|wine|vodka|beer|cider|whisky|gin|spirits|juice|sauce|plastic|hot_water|gas|shampoo|medicine|perfume|calpol|coke|pop|fizzy|feed|feeds|his|her|their|a|the|bleach|ketchup|sterilised|warm|cold|squash|cleaning|half|full|last|night|morning|evening|bedtime|first|next|own|of|spirit ..1 bottle|bottles|bottled", "indicator": "weapon"}, {"pattern": "bottled ..1 water|milk|up|beer|gas|feelings|emotions|it", "indicator": "weapon"}, {"pattern": "bleach ..3 hair|bath|toilet|bathroom|kitchen|floor|clean|cleaning|sink|surfaces|bottle|cupboard|white|whites|teeth|smell|smelt|smelled|spill|spilt|spilled", "indicator": "weapon"}, {"pattern": "clean|cleaning|cleaned|smell|smelt|smells|cupboard|bottle|bottles|toilet|kitchen|under_the_sink|household|domestos|spilt|spilled|spill|drank|drunk|swallowed|swallow|ingest|ingested ..4 bleach|ammonia|acid", "indicator": "weapon"}, {"pattern": "bat|bats ..2 roost|roosting|loft|cave|colony|survey|walk|night|wing|wings|mitzvah|an_eyelid|eye", "indicator": "weapon"}, {"ends": true, "pattern": "cricket|baseball|rounders|softball|table_tennis|tennis|badminton|squash ..1 bat|bats|racket|racquet ..4 club|clubs|lesson|lessons|practice|training|team|match|game|games|kit|bag|cupboard|shed|garage|sport|sports|course|pitch|trip|ball|tournament|fixture|fixtures|session|sessions|after_school|umpire|playing|play|played|garden|park|school", "indicator": "weapon"}, {"ends": true, "pattern": "play|playing|played|plays|practice|practise|practising|training|match|game|games|team|lesson|lessons|sport|sports|pe ..6 cricket|baseball|rounders|softball|tennis|badminton|golf|hockey|bat|club|stick|racket|racquet", "indicator": "weapon"}, {"ends": true, "pattern": "youth|football|rugby|boxing|breakfast|after_school|homework|book|night|chess|drama|lunch|social|sports|tennis|swimming|sailing|dance|art|gardening|computer|coding|gaming|netball|athletics|running|cycling|judo|karate|taekwondo|kickboxing|boys|girls|gym|health|dining|rotary|lions|working_men's|working_mens|cricket_club|golf_club|football_club|rugby_club|night_club|nightclub|book_club ..1 club|clubs", "indicator": "weapon"}, {"ends": true, "pattern": "club|clubs ..1 house|houses|night|nights|card|cards|member|members|membership|leader|leaders|meeting|meetings|sessions|session|activities|trip|trips|kit|foot|moss|practice|training|match|game|games|coach|coaches|welfare|tournament|fixture|fixtures|captain", "indicator": "weapon"}, {"pattern": "attack|attacked|attacks ..3 asthma|panic|anxiety|heart|seizure|migraine|allergy|allergic|dog|dogs|seagull|seagulls|wasp|wasps|bees|bee|cat|cats|fox|geese|goose|swan|swans|virus|malware|hacked|hacking|cyber|ransomware|verbal|verbally", "indicator": "weapon"}, {"pattern": "asthma|panic|anxiety|heart|seizure|migraine|allergic|allergy|cyber|dog|dogs|verbal|verbally|sickle_cell|gall_bladder|gallbladder ..1 attack|attacks|attacked", "indicator": "weapon"}, {"pattern": "point ..1 of|out|out_that|is|was|being|in|at|where|when|to_note|taken|made|about|on|across", "indicator": "weapon"}, {"pattern": "appointment|appointments|disappoint|disappointed|disappointing|disappointment|standpoint|viewpoint|powerpoint|checkpoint|midpoint|endpoint|breaking_point|flashpoint|starting_point|access_point|needlepoint|pinpoint|ballpoint|ballpoint_pen|decimal_point|match_point|vantage_point|turning_point|focal_point|sticking_point|high_point|low_point|talking_point|boiling_point|selling_point|meeting_point|pick-up_point|pickup_point|drop-off_point|contact_point|entry_point|exit_point|tipping_point", "indicator": "weapon"}, {"pattern": "stick|sticks ..2 of ..1 gum|rock|celery|butter|deodorant|glue|lipstick|chalk|incense|cinnamon", "indicator": "weapon"}, {"pattern": "glue_stick|walking_stick|lolly_stick|lollipop_stick|pogo_stick|hockey_stick|joystick|chopstick|chopsticks|lipstick|drumstick|drumsticks|memory_stick|usb_stick|fish_stick|fish_sticks|candlestick|slapstick|yardstick|matchstick|matchsticks|broomstick|selfie_stick|stick_on|stick_to|stick_with|stick_up|stick_around|stick_together|stuck|sticker|stickers|sticky", "indicator": "weapon"}, {"pattern": "object|objects|item|items|implement|implements|thing|things|something|anything ..4 lost|found|property|belongings|clothing|clothes|toys|toy|furniture|household|personal|valuables|stolen|missing|swallowed|swallow|of_interest|of_value|to_object|objected|objecting|objection|objections|fell|fall|falling|dropped|drop|broken|broke|smashed|damaged|nose|ear|mouth|bag|pocket|room|bedroom|floor|shop|shops|shopping|buy|bought", "indicator": "weapon"}, {"pattern": "swallowed|swallow|put|stuck|lodged|lost|found|threw|thrown|throw|throwing|pick_up|picked_up|tidy|tidied|tidying|belongings|property|personal ..4 object|objects|item|items|thing|things|something|anything", "indicator": "weapon"}, {"pattern": "fire ..1 alarm|alarms|door|doors|brigade|service|drill|drills|exit|exits|escape|safety|station|engine|engines|fighter|fighters|extinguisher|extinguishers|place|places|work|works|pit|pits|wood|guard|guards|risk|hazard|hazards|officer|crew|crews|fighting|fighters", "indicator": "weapon"}, {"pattern": "sharps|sharps_bin|sharps_box|sharps_container|needles_bin", "indicator": "weapon"}, {"pattern": "sharp ..1 pencil|pencils|tongue|mind|wit|turn|corner|intake|drop|rise|fall|eye|eyes|pain|pains|focus|contrast|increase|decrease|decline|dressed|dresser|suit|shooter|shooters|learner|lad|girl|boy|memory|minded|witted|tongued", "indicator": "weapon"}, {"pattern": "sharp ..1 object|objects|item|items|implement|implements|thing|things ..4 bin|bins|box|boxes|disposal|container|containers|drawer|cupboard|safely|locked|away|out_of_reach|stored|storage|floor|carpet|glass|toys", "indicator": "weapon"}, {"pattern": "kitchen_drawer|cutlery_drawer|drawer ..2 of ..1 clothes|socks|toys|pants|cutlery|knives", "indicator": "weapon"}, {"pattern": "from|out_of ?the|a kitchen_drawer|cutlery_drawer|drawer|knife_block|knifeblock|block ..8 spoon|spoons|fork|forks|teaspoon|ladle|scissors_for|batteries|charger|snack|snacks|sweets|biscuits|chocolate|keys|key|money|cash|purse|wallet|lighter|lighters|matches|medication|tablets|pills|paracetamol|plaster|plasters", "indicator": "weapon"}, {"pattern": "stab|stabbed|stabbing ..1 at ..1 the ..1 food|dinner|plate|keyboard|screen|buttons|remote|controller", "indicator": "weapon"}, {"pattern": "stab ..1 in ..1 the ..1 dark", "indicator": "weapon"}, {"pattern": "stabbing ..1 pain|pains|sensation|feeling", "indicator": "weapon"}, {"pattern": "pistol-whipped|whipped|whip|whips ..1 cream|up", "indicator": "weapon"}, {"pattern": "armed ..1 forces|force|services|service|with ..2 information|info|evidence|advice|facts|paperwork|documents|a_list|questions|her_phone|his_phone|a_letter|leaflets", "indicator": "weapon"}, {"pattern": "carry|carrying|carries|carried ..2 bag|bags|shopping|baby|child|toddler|pram|buggy|car_seat|box|boxes|washing|laundry|toys|books|school_bag|schoolbag|rucksack|backpack|suitcase|case|coat|lunch|lunchbox|phone|keys|wallet|purse|on|out|over|weight|burden|extra|responsibilities|the_can|a_tune|card|cards|id|inhaler|epipen|medication|water|bottle|drink|drinks|wood|logs|boxes|him|her|them|it", "indicator": "weapon"}, {"pattern": "bow|bows ..1 and ..1 arrow|arrows ..4 toy|game|archery|club|lesson|target|play|playing", "indicator": "weapon"}, {"pattern": "archery|archery_club|target_practice ..6 bow|bows|crossbow|arrow|arrows", "indicator": "weapon"}, {"pattern": "hit|hitting|hits|struck|strike|strikes|striking ..2 the ..1 ball|balls|jackpot|target|targets|headlines|right_note|road|hay|sack|books|roof|ceiling|wall|walls|door|floor|ground|deck|shops|town|gym|bottle|pub|pubs", "indicator": "weapon"}, {"pattern": "hit|hits ..1 and ..1 run|miss|misses", "indicator": "weapon"}, {"pattern": "on ..1 strike|strikes", "indicator": "weapon"}, {"pattern": "sex ..1 education|ed|eds|lesson|lessons|and_relationships|and_relationship|worker|workers|offender_register|register|offenders_register|shop|appeal|drive|life|change|discrimination|female|male|m|f|marker|at_birth|assigned|unknown|of_the|of_baby|of_child|of_the_baby|of_the_child", "indicator": "sexual_abuse"}, {"pattern": "same ..1 sex|sexes", "indicator": "sexual_abuse"}, {"pattern": "sex ?:|-|/|= m|f|male|female|unknown|not_known", "indicator": "sexual_abuse"}, {"pattern": "gender|sex|dob|d.o.b|age|ethnicity|nationality|religion|name|address ..0 :|/", "indicator": "sexual_abuse"}, {"pattern": "sexual ..1 health|orientation|identity|health_clinic|health_nurse|health_service|health_services|health_education|relationships_education|relationship_education|and_reproductive|harassment_policy|education|orientation|diversity", "indicator": "sexual_abuse"}, {"pattern": "sexuality|bisexual|homosexual|heterosexual|asexual|pansexual|transsexual", "indicator": "sexual_abuse"}, {"pattern": "rapeseed|rape_seed|rape_field|rape_fields|oilseed_rape|field_of_rape|rapeseed_oil|grape|grapes|drape|drapes|scrape|scraped|scrapes|scraping|scraper|rapper|rappers|rapping|trapeze|rapport|grapefruit|crepe|crepes", "indicator": "sexual_abuse"}, {"pattern": "groom|grooming|groomed|groomer|groomers ..2 dog|dogs|pet|pets|puppy|cat|horse|horses|pony|ponies|parlour|salon|appointment|kit|appointments|bride|wedding|best_man|ushers|usher|brush|brushing", "indicator": "sexual_abuse"}, {"pattern": "dog|dogs|pet|pets|puppy|cat|horse|horses|pony|ponies|bride|wedding|self|personal|good|well|poorly|dog's|cat's|horse's|pony's ..1 groom|grooming|groomed|groomer|groomers|-groomed", "indicator": "sexual_abuse"}, {"pattern": "bride_and_groom|well_groomed|well-groomed|self-grooming|personal_grooming", "indicator": "sexual_abuse"}, {"pattern": "exploitation|exploited|exploit|exploiting ..2 criminal|county_lines|drug|drugs|labour|financial|financially|money|benefits|modern_slavery|cce|lines|dealing|dealers|gang|gangs|loophole|loopholes|weakness|weaknesses|bug|glitch", "indicator": "sexual_abuse"}, {"pattern": "criminal|county_lines|drug|drugs|labour|financial|financially|money|benefits|modern_slavery|cce|gang|gangs|criminally|child_criminal ..2 exploitation|exploited|exploit|exploiting", "indicator": "sexual_abuse"}, {"pattern": "touch|touched|touching ..1 base|wood|up_on|screen|typing|type|down|a_nerve|on|upon|of|with|the_cooker|the_oven|the_hob|the_kettle|the_iron|the_fire|the_heater|the_radiator|the_dog|the_cat|a_nettle|nettles|the_wall|a_spider|the_glass|the_window|the_door|her_phone|his_phone|the_tv|the_remote|food|money|his_stuff|her_stuff|my_stuff|their_stuff|his_things|her_things|anything|everything|nothing|alcohol|drugs|drink|a_drop|the_sides|wood|paint|the_hot|hot|the_plug|the_socket|the_candle|the_candles", "indicator": "sexual_abuse"}, {"pattern": "in ..1 touch|contact", "indicator": "sexual_abuse"}, {"pattern": "keep|kept|keeping|get|got|getting|stay|stayed|staying|lost|losing ..2 in ..1 touch", "indicator": "sexual_abuse"}, {"pattern": "touch_base|touch-typing|touch_typing|touchscreen|touch_screen|touchpad|touch_point|touchpoint|touched_base|soft_touch|touchy|touching_base", "indicator": "sexual_abuse"}, {"pattern": "chest ..1 infection|infections|pain|pains|of_drawers|freezer|x-ray|xray|drain|compressions|compression|high|deep|wheezy|tight|tightness|cold|cough|ache|problems|clinic|rattly|rattling|sounds", "indicator": "sexual_abuse"}, {"pattern": "bottom ..1 of|lip|drawer|shelf|set|bunk|floor|step|stair|stairs|line|end|half|up|out|right|left|field|garden|road|street|lane|corner|flat|house|bit|row|layer|score|marks|grade|grades|class|group|sets|teeth|tooth|drawer|cupboard|rung|sheet|sheets|bed", "indicator": "sexual_abuse"}, {"pattern": "rock_bottom|the_bottom_of|at_the_bottom|top_to_bottom|bottom_line|bottoms_up|pyjama_bottoms|tracksuit_bottoms|jogging_bottoms|joggers|bikini_bottoms|school_bottoms", "indicator": "sexual_abuse"}, {"pattern": "wet|wetting|wets|soiled|soiling|soil|dirty|clean|change|changed|changing|spare|new|washing|wash|washed|school|pe|swimming|wee|pee|poo|pooped|peed|accident|accidents|dry|drying|laundry|put_on|dressed|dress|dressing|pull_up|pull-up|pulled_up|wore|wearing|wear|no ..2 pants|knickers|underwear|pyjamas|pyjama|nightie|bed|bedding|sheets|clothes|bottoms|trousers|uniform", "indicator": "sexual_abuse"}, {"pattern": "pants|knickers|underwear|pyjamas|pyjama|nightie|bedding|sheets ..2 wet|soiled|dirty|clean|washing|wash|drawer|line|basket|changed|changing|drying|dry|size|shopping|and_top|and_t-shirt|and_shirt|and_socks|and_jumper|and_vest|to_school|in_the_wash|for_school|party|day", "indicator": "sexual_abuse"}, {"pattern": "dirty ..1 nappy|nappies|clothes|clothing|dishes|plates|washing|laundry|house|home|kitchen|bathroom|carpet|floor|floors|walls|sheets|bedding|bed|room|bedroom|mattress|pans|cups|mugs|glasses|cutlery|cooker|toilet|bath|fridge|hands|face|feet|hair|nails|shoes|uniform|look|looks|trick|tricks|work|money|cop|cops|word|rotten|dancing|and|condition|conditions|state|environment|nappies|nappy", "indicator": "sexual_abuse"}, {"pattern": "explicit ..1 consent|language|lyrics|song|songs|music|content_warning|instructions|permission|agreement|about|in|that|description|details|threat|threats|request|requests|statement|terms|wish|wishes", "indicator": "sexual_abuse"}, {"pattern": "rude ..1 to|word|words|comment|comments|gesture|gestures|joke|jokes|language|about|manner|behaviour|staff|teacher|teachers|neighbour|neighbours|boy|girl|child|man|woman|people|and|towards|when|at|awakening", "indicator": "sexual_abuse"}, {"pattern": "intimate ..1 partner|partners|relationship|relationships|knowledge|setting|details|conversation|partner_violence|terrorism|ipv", "indicator": "sexual_abuse"}, {"pattern": "stroke|strokes|stroked|stroking ..2 the_dog|the_cat|the_horse|the_pony|the_rabbit|the_guinea_pig|a_dog|a_cat|a_horse|dog|cat|horse|pony|rabbit|kitten|puppy|her_hair|his_hair|my_hair|her_head|his_head|her_back|his_back|nan|grandad|grandma|grandmother|grandfather|suffered|had_a|recovering|unit|ward|patient|of_luck|of_genius|of_midnight|of_the_pen|a_stroke", "indicator": "sexual_abuse"}, {"pattern": "had|suffered|has|having|recovering|recovered|after ..2 stroke|strokes|seizure", "indicator": "sexual_abuse"}, {"pattern": "secret ..1 santa|garden|service|recipe|ingredient|agent|passage|den|hideout|base|club|admirer|code|diary|door|room|messages", "indicator": "sexual_abuse"}, {"pattern": "special ..1 needs|educational|school|guardianship|measures|constable|constables|treat|treats|occasion|occasions|offer|offers|day|days|interest|interests|care|baby_care|care_baby|unit|guardian|friend|time|bond|guest|meal|dinner|lunch|trip|outing|place|thanks|mention|delivery|edition|brew|needs|educational_needs|school|measure", "indicator": "sexual_abuse"}, {"pattern": "nappy_rash|nappy_area|thrush|uti|urine_infection|urinary_tract_infection|water_infection|constipated|constipation|threadworm|threadworms|worms|eczema|diarrhoea|sickness_bug|bed_wetting|bedwetting|wet_the_bed|wets_the_bed|wetting_the_bed|soiling|soils|potty|potty_training|toilet_training|toilet_trained|wiping|wipe|wipes|period|periods|menstruation|puberty", "indicator": "sexual_abuse"}, {"pattern": "mini ..1 bus|buses|cooper|fridge|golf|football|league|rugby|me|mes|break|breaks|roll|rolls|bar|bars|market|mart|stop|project|trampoline|series|game|games|budget|cheddars|muffins|pizzas|moto|motorbike|scooter|skirt|disco", "indicator": "sexual_abuse"}, {"pattern": "flower|flowers ..1 bed|beds|pot|pots|shop|garden|gardens|show|arrangement|arrangements|market|delivery|bouquet|bunch|seeds|power|girl|girls|for|from|on|to|in", "indicator": "sexual_abuse"}, {"pattern": "pick|picked|picking|bought|buy|buying|sent|send|gave|give|giving|brought|bring|water|watering|grow|growing|plant|planting|planted|arranged|arranging|lay|laid ..3 flower|flowers", "indicator": "sexual_abuse"}, {"pattern": "pyjama|pyjamas|nightie ..1 party|parties|day|days|drive|bottoms|top|tops|on|still|all_day|at_school|to_school|in_the_day|in_the_afternoon|by_day|under|kept_on", "indicator": "sexual_abuse"}, {"pattern": "show|showed|shown|showing|shows ..2 me|her|him|them|us|the_officer|officers|staff|the|a|an|it|up|signs|sign|interest|respect|remorse|emotion|emotions|concern|empathy|affection|improvement|progress|around|round|how|what|where|off", "indicator": "sexual_abuse"}, {"pattern": "make|made|making|makes ..1 sure|sense|tea|dinner|breakfast|lunch|food|friends|progress|effort|money|noise|mess|fuss|complaint|complaints|referral|referrals|appointment|appointments|decision|decisions|choice|choices|phone_call|call|calls|contact|statement|arrangements|plans|bed|beds|cake|cakes|toast|sandwiches|bottle|bottles|feeds|feed|breakfast|laugh|cry|it|up|a_statement|a_complaint|a_referral|a_call|the_bed|the_beds|her_bed|his_bed", "indicator": "sexual_abuse"}, {"pattern": "dog|dogs|cat|cats|puppy|pet|pets|horse|pony ..6 naked|nude|private|privates|bottom|bum|willy|front|lick|licked|sniff|kiss", "indicator": "sexual_abuse"}, {"pattern": "naked ..1 flame|flames|eye|truth|lightbulb|light_bulb|ambition|aggression|hostility|fear|greed", "indicator": "sexual_abuse"}, {"pattern": "photo|photos|picture|pictures|pic|pics|image|images|video|videos|film|snap|selfie ..4 body_cam|bodycam|body-worn|body_worn|bwv|bodyworn|of_the_body|body_map|bodymap", "indicator": "sexual_abuse"}, {"pattern": "body_worn|body-worn|bodyworn|body_cam|bodycam|body_map|bodymap|bwv|body_language|body_image", "indicator": "sexual_abuse"}, {"pattern": "bits ..1 and ..1 pieces|bobs|bob", "indicator": "sexual_abuse"}, {"pattern": "front ..1 door|garden|room|of|window|windows|wheel|seat|desk|row|line|page|cover|step|steps|porch|entrance|gate|yard|bedroom|passenger", "indicator": "sexual_abuse"}, {"pattern": "wee ..1 bit|while|one|ones|lad|lass|boy|girl|man|woman|hours|small_hours|dram|boys|girls", "indicator": "sexual_abuse"}, {"pattern": "had|having|need|needed|needs|needing|go|went|going|wanted|wants|want|do|did|doing ..2 a ..1 wee", "indicator": "sexual_abuse"}, {"pattern": "put ..2 on ..2 pyjamas|pyjama|nightie|pants|knickers|underwear|clothes", "indicator": "sexual_abuse"}, {"pattern": "parts ..1 of|for|per|time|and|order", "indicator": "sexual_abuse"}, {"pattern": "body_parts_of|spare_parts|car_parts|private_sector|private_school|private_rented|private_landlord|private_tenancy|private_fostering|private_hospital|private_property|private_message|private_messages|private_number|private_health|private_practice|private_investigator|private_account|private_life|private_matter|private_hire", "indicator": "sexual_abuse"}, {"pattern": "kiss|kisses|kissed|kissing ..2 goodbye|goodnight|good_night|cheek|on_the_cheek|forehead|head|mum|dad|nan|grandma|grandad", "indicator": "sexual_abuse"}, {"pattern": "tickle|tickled|tickling|tickles ..4 feet|foot|tummy|belly|sides|toes|game|giggle|giggled|laughing|laugh|laughed", "indicator": "sexual_abuse"}, {"ends": true, "pattern": "baby ..1 teeth|tooth|brother|sister|sibling|siblings|shower|wipes|wipe|monitor|food|clothes|bath|oil|powder|gate|gates|seat|walker|bouncer|grow|formula|bottle|bottles|group|groups|massage|yoga|sensory|classes|class|steps|fat|face|talk|blue|blues|boom|boomer|boomers|of_the_family|of_the_house|names|name|book|books|gro|carrier|sling|doll|dolls|shark|daddy|mama|pink|car_seat|steps|photos|photo|pictures|picture|scan|scans|bump|bumps", "indicator": "baby_injury"}, {"ends": true, "pattern": "baby_brother|baby_sister|baby_teeth|baby_tooth|baby_wipes|baby_monitor|baby_shower|baby_steps|babysit|babysat|babysitter|babysitting|baby-sit|baby-sitter|baby-sitting|big_baby|cry_baby|crybaby|baby_of_the_family|my_baby|her_baby|his_baby", "indicator": "baby_injury"}, {"ends": true, "pattern": "week|weeks|month|months|wk|wks ..1 ago|later|earlier|before|after|long|off|time|by|until|commencing|beginning", "indicator": "baby_injury"}, {"ends": true, "pattern": "last|next|this|previous|following|same|each|every|per|several|few|couple|within|over|past|recent|coming|school|working ..1 week|weeks|month|months|wk|wks", "indicator": "baby_injury"}, {"ends": true, "pattern": "bump|bumps ..2 in ..2 road|the_road|pavement|head|car", "indicator": "baby_injury"}, {"ends": true, "pattern": "speed_bump|speed_bumps|bumped_into|bump_into|bumping_into|bumps_into|baby_bump|bump_in_the_road|head_bump", "indicator": "baby_injury"}, {"ends": true, "pattern": "burnt|burned|burn|burning|burns ..2 toast|dinner|tea|food|pan|pans|sausages|chips|pizza|cake|rice|the_toast|the_dinner|the_tea|the_food|the_pizza|the_cake|bridges|out|the_candle|the_candles|calories|cd|cds|dvd|disc|rubbish|garden_waste|bonfire|bin|bins|wood|logs|the_house_down|money|cash|bridges", "indicator": "baby_injury"}, {"ends": true, "pattern": "heartburn|sunburn|sunburnt|sunburned|windburn|razor_burn|carpet_burn|rug_burn|burnout|burn_out|burnt_out|burned_out|nappy_rash|teething|teething_rash|rash|heat_rash|cradle_cap|birthmark|birth_mark|stork_mark|stork_marks|mongolian_blue_spot|mongolian_spot|mongolian_spots|mongolian_blue_spots|strawberry_mark|port_wine_stain|salmon_patch|milk_spots|baby_acne|jaundice|colic|reflux", "indicator": "baby_injury"}, {"ends": true, "pattern": "mark|marks|marked|marking ..1 out_of|scheme|book|books|sheet|sheets|her_homework|his_homework|homework|work|exam|exams|test|tests|register|registers|in_the_register|the_occasion|the_day|the_date|the_anniversary|absent|present|as_read|down|up|off", "indicator": "baby_injury"}, {"ends": true, "pattern": "question_mark|tide_mark|high-water_mark|full_marks|good_marks|top_marks|bad_marks|exam_marks|birth_mark|birthmark|on_your_marks|marks_and_spencer|marks_&_spencer|m&s|wide_of_the_mark|mark_my_words|pen_marks|felt_tip|felt-tip|crayon|crayons|pen_mark|biro|sharpie|paint|chocolate|food|mud|dirt|ink", "indicator": "baby_injury"}, {"ends": true, "pattern": "cut ..1 off|down|back|out|short|in|up|through|across|corners|ties|ties_with|contact|the_grass|grass|hair|her_hair|his_hair|fringe|nails|her_nails|his_nails|food|sandwiches|toast|paper|benefits|money|funding|class|school|lessons|the_cord|cord|the_umbilical_cord|umbilical|teeth|tooth|a_tooth|a_deal|both_ways|price", "indicator": "baby_injury"}, {"pattern": "cry|crying|cried|cries|scream|screaming|screamed|wince|wincing|winced|squeal|squealing ..3 hungry|hunger|feed|feeds|milk|bottle|tired|tiredness|nappy|colic|wind|teething|sleep|asleep|bed|bedtime|cot|pram|night|nights|constantly|a_lot|all_night|usual|normal|normally|loudly|when_mum_left|for_mum|for_dad|for_his_mum|for_her_mum", "indicator": "baby_injury"}, {"pattern": "hungry|tired|nappy|colic|teething|feeding|wind|windy|settled|unsettled|normal|content ..4 cry|crying|cried|cries|scream|screaming|screamed", "indicator": "baby_injury"}, {"ends": true, "pattern": "fit ..1 and ..1 well|healthy", "indicator": "baby_injury"}, {"ends": true, "pattern": "fit|fits ..1 in|into|with|for|the|her|his|their|well|right|snugly|properly|perfectly|together|through", "indicator": "baby_injury"}, {"ends": true, "pattern": "keep_fit|fit_and_well|fit_for_purpose|fit_to_be_interviewed|fit_for_interview|fit_to_be_detained|fitted|fitting|fittings|fitness|misfit|outfit|outfits|benefit|benefits|unfit", "indicator": "baby_injury"}, {"ends": true, "pattern": "red|blue|yellow|purple ..1 coat|jacket|car|van|top|dress|jumper|shirt|hat|door|room|wall|walls|bag|bike|pram|buggy|toy|ball|cup|bottle|blanket|babygrow|bodysuit|sleepsuit|onesie|dummy|crayon|pen|light|lights|flag|card|bin|bins|box|folder|book|eyes|hair|face_from_crying|nose|cheeks|from_crying|from_teething|shoes|trainers|lorry|tape|line|lines|carpet|curtains|sofa|chair|dot|dots|colour|color|paint|ribbon|balloon", "indicator": "baby_injury"}, {"ends": true, "pattern": "cheeks|nose|eyes|face ..2 red|rosy|flushed", "indicator": "baby_injury"}, {"ends": true, "pattern": "blue ..1 badge|badges|book|books|light|lights|lights_and_sirens|eyes|sky|skies|moon|monday|peter|planet|tooth|whale|team", "indicator": "baby_injury"}, {"ends": true, "pattern": "feeling|felt|feel|was|is|looked|looks|looking|seemed|seems|seem|a_bit|bit|little ..2 blue|down|low|under_the_weather", "indicator": "baby_injury"}, {"pattern": "grip|grips|gripped|gripping ..1 on|of|her_finger|his_finger|mum's_finger|dad's_finger|the_bottle|reality|the_situation|things", "indicator": "baby_injury"}, {"ends": true, "pattern": "drop-off|drop_off|dropoff|drop-in|drop_in|eye_drops|raindrops|teardrop|drop_in_weight|weight_dropped|temperature_dropped|temperature_drop", "indicator": "baby_injury"}, {"ends": true, "pattern": "fall|falls|fell|falling|fallen ..1 asleep|pregnant|out|behind|apart|through|ill|in_love|for|into|back|short|over_herself|silent|quiet|on_deaf_ears|off_the_radar|under|within|between|due|on", "indicator": "baby_injury"}, {"ends": true, "pattern": "shake|shaken|shaking|shook ..1 hands|hand|her_head|his_head|their_head|head|up|off|it_off|their_heads|with_fear|with_anger|with_cold|with_rage|from_cold|cold|uncontrollably|nervously|like_a_leaf", "indicator": "baby_injury"}, {"ends": true, "pattern": "shaking|shaken|shook|trembling ..4 fear|frightened|scared|upset|nervous|cold|anxious|adrenaline|crying|cried|sobbing", "indicator": "baby_injury"}, {"ends": true, "pattern": "hurt ..1 feelings|her_feelings|his_feelings|their_feelings|pride|that|by|about|when|because|mum's_feelings", "indicator": "baby_injury"}, {"ends": true, "pattern": "scratch|scratches|scratched|scratching ..1 card|cards|the_surface|the_surface_of|head|her_head|his_head|itch|itchy|eczema|rash|chickenpox|spots|bites|bite|the_car|car|paint|door|from_scratch", "indicator": "baby_injury"}, {"ends": true, "pattern": "bite|bites|bitten ..1 to_eat|size|sized|of|into|her_nails|his_nails|nails|lip|tongue|back|the_bullet|food|sandwich|apple|biscuit|toast", "indicator": "baby_injury"}, {"ends": true, "pattern": "nail|nails|lip|lips|tongue ..1 biting|bites|bitten", "indicator": "baby_injury"}, {"ends": true, "pattern": "insect|insects|mosquito|mosquitoes|midge|midges|flea|fleas|bed_bug|bed_bugs|bedbug|bedbugs|spider|gnat|gnats|ant|ants|nettle|nettles|chickenpox|chicken_pox|measles|hand_foot_and_mouth|hand_foot_mouth|impetigo|scabies|eczema ..4 bite|bites|mark|marks|rash|spots|spot|lesion|lesions|sore|sores|blister|blisters", "indicator": "baby_injury"}, {"ends": true, "pattern": "blood|bloody ..1 test|tests|sample|samples|sugar|sugars|pressure|results|result|group|type|relative|relatives|relation|relations|family|brother|sister|line|bank|donor|donation|transfusion|count|work|levels|disorder|condition|oath|mary|hell|nuisance|idiot|minded", "indicator": "baby_injury"}, {"ends": true, "pattern": "sore ..1 throat|throats|eyes|ear|ears|tummy|stomach|head|leg|legs|arm|feet|foot|loser|point|spot|thumb", "indicator": "baby_injury"}, {"ends": true, "pattern": "bruise|bruises|bruised|bruising ..2 ego|egos|pride|feelings|banana|bananas|apple|apples|fruit|peach|peaches|pear|pears", "indicator": "baby_injury"}, {"ends": true, "pattern": "bruised_ego|bruised_pride|bruised_banana|bruised_fruit", "indicator": "baby_injury"}, {"ends": true, "pattern": "swell|swelled|swelling|swollen ..1 with_pride|pride|numbers|ranks|the_ranks|crowd|crowds|river|rivers|gums|gum|ankles|ankle|feet|legs|tonsils|glands|lymph|lymph_nodes|during_pregnancy|in_pregnancy", "indicator": "baby_injury"}, {"ends": true, "pattern": "lump|lumps ..1 sum|sums|of|in_her_throat|in_his_throat|in_my_throat|together", "indicator": "baby_injury"}, {"ends": true, "pattern": "dry_skin|skin_to_skin|skin-to-skin|skin_care|skincare|skin_tone|skin_colour|sensitive_skin|skin_condition", "indicator": "baby_injury"}, {"pattern": "stranglehold|chokehold|choke_hold|choke-hold ..1 on ..1 the_game|the_match|the_market|the_league|the_competition|the_economy|power|proceedings|the_contest|the_title", "indicator": "strangulation"}, {"pattern": "asthma|wheezing|wheezy|wheeze|inhaler|croup|nebuliser|bronchiolitis|chest_infection ~~20 breathe|breath|breathing|air", "indicator": "strangulation"}, {"ends": true, "pattern": "would|'d|could ..2 murder|kill ..2 a|for ?a cup_of_tea|cuppa|brew|coffee|pint|drink|curry|takeaway|burger|pizza|kebab|biscuit|tea|chippy|cigarette|fag|bacon_sandwich", "indicator": "threats_to_kill"}, {"pattern": "head|back|feet|legs|stress|knees|tooth|teeth|neck|job|work|heat|kids|shift|shifts|hip|hips|shoulder ..3 killing|kill ?me|her|him|us|them", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "kill|killed|killing|smash|smashed|nail|nailed ..1 it", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "over_my_dead_body|over_his_dead_body|over_her_dead_body|dead_and_buried|i_'ll_be_dead|i_will_be_dead|be_dead_before|be_dead_by_the_time", "indicator": "threats_to_kill"}, {"pattern": "skate|skates|ice_skates|skating|lawnmower|mower|fan|razor|wiper|turbine|grass|helicopter|windmill ..4 blade|blades", "indicator": "weapon"}, {"pattern": "gunning ..1 for", "indicator": "weapon"}, {"pattern": "get|gets|got|called|call|calls|bagsy|ride|riding|sit|sat|sitting ..1 shotgun", "indicator": "weapon"}, {"pattern": "begun|gunk|gundog|gunner|gunners|arsenal|gung-ho|lagun|shogun|penknife_collection", "indicator": "weapon"}, {"pattern": "sexuality|bisexual|homosexual|heterosexual|asexual|pansexual|transsexual|sexton|sextet|sextant|grapes|drapes|scrapes|therapist|therapists|trapeze|rapeseed|essex|sussex|middlesex|wessex|unisex", "indicator": "sexual_abuse"}, {"pattern": "nude ?- coloured|colour|tights|lipstick|shade|heels|shoes|bra|nail|nails|eyeshadow|make-up|makeup", "indicator": "sexual_abuse"}, {"pattern": "flash|flashed ..2 id|badge|warrant_card|lights|headlights|torch|smile|card|money|cash|photo|camera", "indicator": "sexual_abuse"}, {"pattern": "grooming|groomer|groomers|groomsmen|groomsman ..6 dog|dogs|cockapoo|poodle|puppy|pet|pets|horse|pony|business|salon|parlour|van", "indicator": "sexual_abuse"}, {"pattern": "dog|dogs|pet|pets|puppy|horse|pony|business|salon|parlour|wedding|bride ~~12 groom|grooming|groomed|groomer", "indicator": "sexual_abuse"}, {"ends": true, "pattern": "# ?- week|weeks ..1 pregnant|gestation|along|into|pregnancy|premature|prem|early", "indicator": "baby_injury"}, {"ends": true, "pattern": "burn|burning ..1 the_candle", "indicator": "baby_injury"}, {"ends": true, "pattern": "relationship|relationships|ties|family|friendship|marriage|bond ..3 fracture|fractured|broken|broke|break|breakdown|bruised|bruising|strained|damaged", "indicator": "baby_injury"}, {"ends": true, "pattern": "bruised|bruising|bruise ..2 ego|egos|pride|feelings|week|weeks|few_weeks|month|time|encounter|experience|battle|defeat|loss|row|argument", "indicator": "baby_injury"}, {"ends": true, "pattern": "break|breaks|broke|broken ..1 up|down|in|into|out|the_law|the_rules|bail|curfew|the_news|even|free|a_promise|promise|promises|the_cycle|the_habit|silence|dawn", "indicator": "baby_injury"}, {"pattern": "choke|chocked|choking ..0 on|up|back|with|in|at|under|during|over|when|and|,|.|'|’|\\"|ourselves|myself|yourself", "indicator": "strangulation"}, {"pattern": "?be|been|was|is|got|were|get choke|choked|choking ..1 with|up|chain|chains|collar|the_road|the_ring_road|traffic|roads|the_garden|weeds|brambles|rubbish|smoke|fumes|dust|leaves|the_drains|the_drain|the_pipes", "indicator": "strangulation"}, {"pattern": "choke ..1 chain|chains|collar|lead", "indicator": "strangulation"}, {"pattern": "strangled|strangling ..1 yelp|cry|scream|squeal|sound|noise|voice|sob|laugh|shriek|gasp|grunt|squawk|yell|whimper", "indicator": "strangulation"}, {"pattern": "suffocating|suffocated|suffocate|smothered|smothering|stifled|stifling ..4 coursework|work|pressure|debt|deadlines|rules|relationship|school|heat|atmosphere|love|homework|exams|stress|attention|expectations|paperwork", "indicator": "strangulation"}, {"pattern": "hold|held|holding|practise|practised|practising ..2 breath|breaths ..3 under|underwater ..2 water|pool|bath", "indicator": "strangulation"}, {"pattern": "swimming|swim|swims|pool|lesson|lessons|snorkel|snorkelling|diving ~~12 under|underwater ..2 water|pool", "indicator": "strangulation"}, {"pattern": "mum|mam|dad|mother|father|nan|teacher|coach|boss|wife|girlfriend|missus ?'s|is gonna|going_to|going|will|'ll ..2 kill|murder ..1 me|us", "indicator": "threats_to_kill"}, {"pattern": "?the stress|feet|back|head|hip|knees|legs|job|heat|shifts|kids|boss|commute ..3 killing|kill ?me|her|him|us|them", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "bleed|bleeding|bled ..2 radiator|radiators|the_radiators|brakes|the_brakes|system|the_system|dry", "indicator": "baby_injury"}, {"ends": true, "pattern": "baby|babies ..1 due|bump|on_the_way|shower|scan", "indicator": "baby_injury"}, {"pattern": "indecent ..1 haste|amount|hour|proposal", "indicator": "sexual_abuse"}, {"pattern": "rev|revs|revving|revved|full|open|opened ..2 throttle", "indicator": "strangulation"}, {"pattern": "throttle ..1 up|down|cable|body|pedal|lever", "indicator": "strangulation"}, {"pattern": "stab ?- vest|vests|proof|jacket|resistant", "indicator": "weapon"}, {"pattern": "chop|chops|chopping|chopped|split|splitting ..4 logs|wood|kindling|firewood ..4 axe|hatchet", "indicator": "weapon"}, {"pattern": "axe|hatchet ..6 logs|wood|kindling|firewood|allotment|shed|garden|tree|trees", "indicator": "weapon"}, {"pattern": "film|films|movie|movies|tv|telly|game|games|die_hard|explosions|programme|cinema|xbox|playstation|fortnite|call_of_duty|gta|netflix|youtube|war_film|action_film ~~10 gunfire|gunshot|gunshots|guns|gun|shooting|shooter|explosions|weapons|knives|swords", "indicator": "weapon"}, {"pattern": "knife|knives|knifes ..3 kept|stored|in_the_block|in_a_block|in_the_drawer|locked_away|out_of_reach|away|on_the_magnetic_strip|in_the_dishwasher", "indicator": "weapon"}, {"pattern": "butcher|butchers|chef|chefs|cook|cooks|kitchen_porter|sous_chef|catering|fishmonger ~~12 knife|knives|knifes|cleaver|cleavers|blade|blades|knife_roll", "indicator": "weapon"}, {"pattern": "knife_roll|knife_rolls|knife_set|knife_block|whetstone|knife_sharpener|chef's_knife|chefs_knife|chef_knife|chefs_knives|chefs_knifes", "indicator": "weapon"}, {"ends": true, "pattern": "drop_dead|drop-dead|dead_gorgeous|dead_good|dead_nice|dead_proud|dead_funny|dead_behind|bored_to_death|scared_to_death|sick_to_death|frightened_to_death|dead_on_my_feet|dead_on_her_feet|dead_tired|dead_chuffed|worried_to_death|dead_keen", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "kill|killed|killing|kills ..3 rats|mice|rat|mouse|wasps|flies|slugs|weeds|pests|bugs|insects|spiders|germs|moles|foxes|pigeons|vermin|cockroaches|ants|fleas|lice", "indicator": "threats_to_kill"}, {"pattern": "damp|water|rain|moisture|light|sun|frost|cold ..2 penetration|penetrating|penetrated|penetrate", "indicator": "sexual_abuse"}, {"pattern": "choking_hazard|choke_hazard|choking_hazards|choking_risk", "indicator": "strangulation"}, {"pattern": "pull|pulled|pulls|pulling ..2 the_choke|choke_out", "indicator": "strangulation"}, {"pattern": "chokehold|stranglehold|choke_hold ..1 on ..2 the_whole|the_street|the_market|the_town|the_estate|the_area|prices|rents|the_rent", "indicator": "strangulation"}, {"pattern": "team|they|we|players|side|boro|united|city|rovers|town|england|lads ..3 choke|choked|choking|bottle|bottled", "indicator": "strangulation"}, {"pattern": "strangled|strangling ..1 screech|screeching|squawk|sounds|noises|wail|wailing|howl|howling", "indicator": "strangulation"}, {"pattern": "ivy|weeds|brambles|plants|roots|vines|bindweed|knotweed|creepers ..3 strangle|strangling|strangled|choke|choking|choked|smother|smothering|smothered|strangel|strangeling", "indicator": "strangulation"}, {"pattern": "suffocatingly|stifling|suffocating|suffocated ..1 hot|heat|warm|stuffy|humid", "indicator": "strangulation"}, {"pattern": "feel|feels|felt|feeling ..1 smothered|suffocated|stifled|strangled|choked|suffocating|smothering", "indicator": "strangulation"}, {"pattern": "private ..1 page|account|profile|message|messages|school|sector|number|life|matter|investigator|hire|landlord|rented|property|fostering|road|drive|ward|room|hospital|practice|health|company|firm|jet|car|parking|lane|tuition|tutor|tutoring|conversation|chat|call|appointment|clinic", "indicator": "sexual_abuse"}, {"pattern": "cse|csa ..1 screening|tool|assessment|risk_assessment|checklist|toolkit|referral_form|training|awareness|team|worker|lead|service|pathway|panel|meeting|strategy|mapping|risk", "indicator": "sexual_abuse"}, {"pattern": "floppy_hat|floppy_ears|floppy_bunny|floppy_toy|floppy_disk|floppy_sun_hat", "indicator": "baby_injury"}, {"ends": true, "pattern": "lift|lifts|boiler|washing_machine|heating|window|windows|door|fridge|car|phone|tv|buggy|pram|lock|toy|glasses|screen|oven|cooker|shower|toilet|lights|fence|gate|stairlift|bed|chair|sofa ..2 broken|broke|is_broken|was_broken|been_broken|broken_down", "indicator": "baby_injury"}, {"ends": true, "pattern": "( ?# ?- week|weeks ..1 pregnant|gestation|along", "indicator": "baby_injury"}, {"pattern": "gun_-_metal|gunmetal|gun-metal", "indicator": "weapon"}, {"pattern": "like|sounded_like|sound_like|sounds_like|sounding_like|as_loud_as ..2 gunshot|gunshots|gun|guns|shot|shots|gunfire", "indicator": "weapon"}, {"pattern": "shoot|shooting ..1 star|stars", "indicator": "weapon"}, {"pattern": "stab|stabbed|stabbing|stabs ..1 me|us ..1 in_the_back", "indicator": "weapon"}, {"pattern": "backstab|backstabbing|backstabbed|back-stabbing|back_-_stabbing", "indicator": "weapon"}, {"pattern": "knife|knives ..4 cutting_board|chopping_board|cutting-board|chopping-board", "indicator": "weapon"}, {"pattern": "food_tech|food_technology|cookery|home_economics ~~12 knife|knives", "indicator": "weapon"}, {"pattern": "it|this|that|feeds|waiting|not_knowing|worry|uncertainty|exams|debt|bills|rent|teething|insomnia ..2 's|is|are|was|were|be ..1 killing ..1 me|him|her|us|them", "indicator": "threats_to_kill"}, {"pattern": "strangle|strangled|strangling|choke|choked|choking|smothered|overgrown ..2 with|by ..2 brambles|weeds|ivy|bindweed|knotweed|nettles|rubbish|bin_bags|plants|roots|vines|creepers", "indicator": "strangulation"}, {"ends": true, "pattern": "a_bit|a_little_bit|bit_of|a_tiny_bit|a_wee_bit|bit_more|bit_less|bit_better|bit_worse|bit_late|bit_early", "indicator": "baby_injury"}, {"pattern": "shot_to_pieces|shot_to_bits|nerves_shot|nerves_are_shot|shot_of_confidence|shot_at_the_title|a_shot_at|give_it_a_shot|gave_it_a_shot|good_shot|best_shot|call_the_shots|calling_the_shots|shot_up_in_price", "indicator": "weapon"}, {"pattern": "pretend|pretending|pretended|pretends|mock|fake|faked|faking ..4 shot|shoot|shooting|dead|stab|stabbed", "indicator": ""}, {"pattern": "killer ..1 night|colic|heels|chilli|chillies|app|game|games|instinct|whale|bee|bees|workout|queen|tune|tunes|views|view|smile|looks|deal|line|outfit", "indicator": "threats_to_kill"}, {"pattern": "be_the_death_of|the_death_of_me|dead_to_the_world|dead_on_his_feet|dead_beat|deadbeat|dead_of_night|dead_end|dead-end|deadline|deadlines", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "kill|murder|throttle ..2 me|her|him|you|us ..1 for ..3 losing|forgetting|breaking|spilling|being_late|missing|eating|leaving|lost|forgot|broke|spilt|spilled", "indicator": "threats_to_kill"}, {"pattern": "strangle|strangled|strangling|throttle|throttled|throttling|kill|smother ..4 dog|cat|puppy|kitten|hamster|parrot|budgie|rabbit|telly|tv|printer|computer|laptop|car", "indicator": "strangulation"}, {"pattern": "allergic|allergy|reaction|anaphylaxis|anaphylactic|antihistamine|epipen|epi-pen|nut|nuts|swelled|swelling|swollen ~~12 choke|choking|choked", "indicator": "strangulation"}, {"pattern": "choke|choking|choked ~~12 allergic|allergy|reaction|anaphylaxis|anaphylactic|antihistamine|epipen|epi-pen|airway_clear", "indicator": "strangulation"}, {"pattern": "smothered|smothering|choked|choking|strangled|covered ..2 in|with|by ..2 mould|mold|damp|weeds|ivy|brambles|dust|paint|graffiti|ketchup|sauce|stickers", "indicator": "strangulation"}, {"ends": true, "pattern": "damp|mould|mouldy|mold|wet|bald|dry|rough|purple|cabbage|vegetable|pumpkin|strawberry|salmon|mongolian|grass|bare|muddy|ice|icy ..1 patch|patches", "indicator": "baby_injury"}, {"ends": true, "pattern": "broken|broke|breaks|break ..2 boiler|window|windows|door|doors|heating|washing_machine|fridge|cooker|oven|phone|tv|telly|glass|lock|locks|bed|toy|toys|pram|buggy|home|family|promise|promises|sleep|nights|down|up|up_with|into|lift|shower|toilet|radiator|car|van|fence|gate|stairgate|stair_gate|window_lock|news|the_news|the_ice|even|free|the_rules|rules|curfew|bail|the_order|order", "indicator": "baby_injury"}, {"pattern": "non-molestation|non_-_molestation|non_molestation|nonmolestation|non-mol|non_-_mol|non_mol", "indicator": "sexual_abuse"}, {"pattern": "rape_alarm|rape_alarms|personal_alarm", "indicator": "sexual_abuse"}, {"ends": true, "pattern": "account|page|profile|settings|accounts|pages|profiles ..1 private", "indicator": "sexual_abuse"}, {"ends": true, "pattern": "ego|pride|feelings ..3 bruised|hurt|dented|bruise", "indicator": "baby_injury"}, {"ends": true, "pattern": "fire_service|fire_brigade|fire_crew|fire_officers|fire_officer|fire_alarm|fire_door|fire_safety|fire_engine|fire_station|on_fire|fire_fighters|firefighters|fire_and_rescue", "indicator": ""}, {"ends": true, "pattern": "have|had|having|take|took|make|made ..1 a ..1 stab|shot ..1 at|in", "indicator": "weapon"}, {"ends": true, "pattern": "shoot|shooting|shooter|shooters|shoot-em-up|shoot_em_up ..2 game|games|gaming|video|videos|film|films|app", "indicator": "weapon"}, {"ends": true, "pattern": "watch|watching|watched|support|supports|supporting|fan|fans ..3 the ..1 hammers|gunners|blades|saints|spurs|wolves|magpies|toffees|potters|foxes|owls|blues|reds|arrows", "indicator": "weapon"}, {"ends": true, "pattern": "draw|drew|drawn|drawing|painted|painting|colouring|coloured ..2 picture|pictures|image|images", "indicator": "sexual_abuse"}, {"pattern": "gunshot|gunshots|bangs|bang|shots ~~20 firework|fireworks|bonfire|backfire|backfiring|backfired|banger|bangers", "indicator": "weapon"}, {"pattern": "firework|fireworks|bonfire|backfire|backfiring|backfired|banger|bangers ~~20 gunshot|gunshots|bangs|shots|gun|guns", "indicator": "weapon"}, {"pattern": "nerf|foam_darts|foam_bullets|water_pistol|water_gun|airsoft|paintball|laser_tag|lasertag|toy_gun|toy_guns|cap_gun ~~12 shoot|shooting|shot|shots|gun|guns|firearm|weapon|weapons|rifle|pistol", "indicator": "weapon"}, {"pattern": "shoot|shooting|shot|shots|gun|guns|firearm|weapon|weapons|rifle|pistol ~~12 nerf|foam_darts|foam_bullets|water_pistol|water_gun|airsoft|paintball|laser_tag|lasertag|toy_gun|toy_guns|cap_gun", "indicator": "weapon"}, {"pattern": "shot_put|shot-put|shotput|school_shooting|mass_shooting|shooting_star|shooting_stars|photo_shoot|photoshoot|shooting_range|clay_pigeon|clay_pigeons|clay_shooting", "indicator": "weapon"}, {"ends": true, "pattern": "video|videos|film|films|clip|clips|footage|photo|photos|scene|scenes|movie ..3 shot|shoot|shooting", "indicator": "weapon"}, {"ends": true, "pattern": "shoot|shoots|shot|shooting ..4 film|films|video|videos|movie|clip|footage|scene|photos|documentary", "indicator": "weapon"}, {"ends": true, "pattern": "shoot|shoots|shot|shooting ..2 rabbits|rabbit|crows|pigeons|pheasant|pheasants|grouse|game|clays|deer|foxes|vermin|targets|target|rats", "indicator": "weapon"}, {"pattern": "gamekeeper|gamekeeping|farmer|farm|lambing|shotgun_certificate|firearms_certificate|firearm_certificate|gun_cabinet|gun_licence|firearms_licence|pheasants|pheasant|clay_pigeon|shooting_club|rifle_club|gun_club|licensing_unit ~~20 gun|guns|shotgun|rifle|rifles|firearm|firearms|shoot|shoots", "indicator": "weapon"}, {"pattern": "gun|guns|shotgun|rifle|rifles|firearm|firearms ~~12 gamekeeper|farmer|farm|lambing|certificate|cabinet|licence|license|pheasants|pheasant|clay|shooting_club|rifle_club|gun_club|compliant", "indicator": "weapon"}, {"ends": true, "pattern": "prop|props|plastic|rubber|fake|toy|foam|cardboard|wooden|stage|replica_prop|costume ..2 sword|swords|dagger|daggers|knife|knives|gun|guns|axe|spear|sabre", "indicator": "weapon"}, {"pattern": "fencing|fencer|fencers|stage_combat|stage-combat|macbeth|play|production|rehearsal|rehearsals|drama|theatre|panto|pantomime|musical ~~20 sword|swords|dagger|daggers|sabre|sabres|epee|foil|rapier", "indicator": "weapon"}, {"pattern": "sword|swords|dagger|daggers|sabre|sabres|rapier ~~20 fencing|fencer|fencers|stage_combat|stage-combat|macbeth|production|rehearsal|rehearsals|drama|theatre|panto|pantomime|musical|prop|props", "indicator": "weapon"}, {"ends": true, "pattern": "go|going|went|move|moving|moved ..1 in ..1 for ..1 the ..1 kill", "indicator": "threats_to_kill"}, {"pattern": "news|coverage|america|american|usa|documentary|ww2|wwii|topic ~~10 shooting|shootings|guns", "indicator": "weapon"}, {"pattern": "sex|gender ..0 -|– ..0 m|f|male|female|boy|girl|man|woman", "indicator": "sexual_abuse"}, {"ends": true, "pattern": "cravings|pregnancy|morning_sickness|heartburn|hormones|headache|migraine|periods|cramps|school_run|homework|traffic|prices|bills|heating|back|feet|shoes ..2 's|is|are|was|were|be ..1 killing ..1 me|him|her|us|them", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "thought|think|thinks|felt|feel|feared|fear ..4 goner|done_for", "indicator": "threats_to_kill"}, {"ends": true, "pattern": "fruit_shoot|fruit_shoots|bottle_top|bottle_tops|bottle_cap|bottle_caps|bottle_lid|bottle_lids", "indicator": "weapon"}], "indicators": [{"code": "strangulation", "label": "Strangulation, choking or suffocation", "severity": "high", "cra_factors": ["strangulation"]}, {"code": "threats_to_kill", "label": "Threat to kill", "severity": "high", "cra_factors": ["threats_to_kill"]}, {"code": "weapon", "label": "Weapon used, shown or carried", "severity": "high", "cra_factors": ["weapon"]}, {"code": "sexual_abuse", "label": "Sexual abuse or sexual offence", "severity": "high", "cra_factors": ["sexual_offence", "disclosure"]}, {"code": "baby_injury", "label": "Injury to a non-mobile baby", "severity": "high", "cra_factors": ["non_mobile_baby", "injury"]}]}	0	0	\N	\N	\N
\.


--
-- Data for Name: risk_officeraudit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_officeraudit (id, grade_agreed, status, completeness, voice_of_child, factors, comments, scored_at, officer_id, reviewer_id, round_id, team_id, submission_id, area_id) FROM stdin;
\.


--
-- Data for Name: risk_officerfeedback; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_officerfeedback (id, kind, message, created_at, officer_id, outbox_id, referral_id, sender_id) FROM stdin;
\.


--
-- Data for Name: risk_officerposting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_officerposting (id, user_id, area_id) FROM stdin;
\.


--
-- Data for Name: risk_officersubmission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_officersubmission (id, grade, factor_codes, voice_of_child, voice_not_captured_reason, rationale, complete, voice_captured, saved_at, assessment_id, officer_id, referral_id) FROM stdin;
\.


--
-- Data for Name: risk_policingarea; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_policingarea (id, name) FROM stdin;
\.


--
-- Data for Name: risk_policingareacover; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_policingareacover (id, area_id, local_authority_id) FROM stdin;
\.


--
-- Data for Name: risk_qualityaudit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_qualityaudit (id, kind, status, completeness, voice_of_child, rationale, grade_agreed, comments, scored_at, assessment_id, assessor_id, local_authority_id, reviewer_id, reviewer_agency_id, share_id, round_id, team_id) FROM stdin;
\.


--
-- Data for Name: risk_qualityauditround; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_qualityauditround (id, month, created_at, created_by_id) FROM stdin;
\.


--
-- Data for Name: risk_qualityauditsetting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_qualityauditsetting (id, sample_size, local_authority_id) FROM stdin;
1	5	\N
\.


--
-- Data for Name: risk_qualityteam; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_qualityteam (id, name) FROM stdin;
\.


--
-- Data for Name: risk_qualityteammember; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_qualityteammember (id, team_id, user_id) FROM stdin;
\.


--
-- Data for Name: risk_riskfactor; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_riskfactor (id, code, "group", label, guidance, weight, forces_high, display_order, version_id) FROM stdin;
1	age_under_1	child	Child is under 1	Babies cannot protect themselves or tell anyone; ticked from the date of birth.	10	f	0	1
2	age_under_5	child	Child is under 5	Young children are less visible to services outside the home.	5	f	1	1
3	non_mobile_baby	child	Baby is not yet mobile	Not yet crawling, cruising or walking. Any injury to a baby like this needs explaining.	8	f	2	1
4	disability	child	Child has a disability or additional needs	Includes communication needs that make it harder for the child to tell someone.	6	f	3	1
5	injury	child	Child has an injury	Any injury, bruise or mark on the child, explained or not.	12	f	4	1
6	disclosure	child	Child has disclosed harm	The child has told someone they are being hurt or are frightened at home.	12	f	5	1
7	missing_episodes	child	Child has been missing	One or more missing episodes in the last 12 months.	8	f	6	1
8	exploitation	child	Signs of exploitation	Unexplained money, phones or gifts; older associates; going missing; being moved around.	15	f	7	1
9	da_child_present	incident	Domestic abuse with the child present	The child was in the room or the home during the incident.	12	f	8	1
10	weapon	incident	A weapon was used or threatened	Any object used or held as a weapon.	15	f	9	1
11	strangulation	incident	Strangulation, choking or smothering	Any pressure to the neck or covering of the mouth or nose, even briefly.	20	f	10	1
12	sexual_offence	incident	Sexual offence against the child	Any sexual offence where the child is the victim.	25	t	11	1
13	threats_to_kill	incident	Threats to kill	Threats to kill the child, a parent or anyone in the household.	15	f	12	1
14	repeat_incident	incident	Repeat incident	Police have attended this household for a similar incident before.	8	f	13	1
15	carer_substance_misuse	carers	Carer misuses drugs or alcohol	Misuse that affects the care the child receives.	8	f	14	1
16	carer_mental_health	carers	Carer's mental health affects the child	A carer's mental ill health affects their ability to keep the child safe.	6	f	15	1
17	known_perpetrator	carers	A known perpetrator lives in or visits the household	Someone with a history of harming children or of serious violence.	15	f	16	1
18	child_protection_plan	carers	Child already has a child protection plan	Or a sibling has one.	10	f	17	1
19	neglect	environment	Signs of neglect	Hunger, poor hygiene, untreated health needs, being left alone.	10	f	18	1
20	home_conditions	environment	Home conditions put the child at risk	Dangerous, dirty or cold home; no safe place to sleep.	6	f	19	1
21	protective_adult	protective	A safe, protective adult is present	An adult who understands the risk, is acting on it and can keep the child safe.	-5	f	20	1
22	engaged_with_services	protective	Family is working with services	The family is engaging with support already in place.	-3	f	21	1
\.


--
-- Data for Name: risk_riskfactorevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_riskfactorevent (pgh_id, pgh_created_at, pgh_label, id, code, "group", label, guidance, weight, forces_high, display_order, pgh_context_id, pgh_obj_id, version_id) FROM stdin;
1	2026-12-08 01:28:48.826116+00	baseline	1	age_under_1	child	Child is under 1	Babies cannot protect themselves or tell anyone; ticked from the date of birth.	10	f	0	\N	1	1
2	2026-12-08 01:28:48.826116+00	baseline	2	age_under_5	child	Child is under 5	Young children are less visible to services outside the home.	5	f	1	\N	2	1
3	2026-12-08 01:28:48.826116+00	baseline	3	non_mobile_baby	child	Baby is not yet mobile	Not yet crawling, cruising or walking. Any injury to a baby like this needs explaining.	8	f	2	\N	3	1
4	2026-12-08 01:28:48.826116+00	baseline	4	disability	child	Child has a disability or additional needs	Includes communication needs that make it harder for the child to tell someone.	6	f	3	\N	4	1
5	2026-12-08 01:28:48.826116+00	baseline	5	injury	child	Child has an injury	Any injury, bruise or mark on the child, explained or not.	12	f	4	\N	5	1
6	2026-12-08 01:28:48.826116+00	baseline	6	disclosure	child	Child has disclosed harm	The child has told someone they are being hurt or are frightened at home.	12	f	5	\N	6	1
7	2026-12-08 01:28:48.826116+00	baseline	7	missing_episodes	child	Child has been missing	One or more missing episodes in the last 12 months.	8	f	6	\N	7	1
8	2026-12-08 01:28:48.826116+00	baseline	8	exploitation	child	Signs of exploitation	Unexplained money, phones or gifts; older associates; going missing; being moved around.	15	f	7	\N	8	1
9	2026-12-08 01:28:48.826116+00	baseline	9	da_child_present	incident	Domestic abuse with the child present	The child was in the room or the home during the incident.	12	f	8	\N	9	1
10	2026-12-08 01:28:48.826116+00	baseline	10	weapon	incident	A weapon was used or threatened	Any object used or held as a weapon.	15	f	9	\N	10	1
11	2026-12-08 01:28:48.826116+00	baseline	11	strangulation	incident	Strangulation, choking or smothering	Any pressure to the neck or covering of the mouth or nose, even briefly.	20	f	10	\N	11	1
12	2026-12-08 01:28:48.826116+00	baseline	12	sexual_offence	incident	Sexual offence against the child	Any sexual offence where the child is the victim.	25	t	11	\N	12	1
13	2026-12-08 01:28:48.826116+00	baseline	13	threats_to_kill	incident	Threats to kill	Threats to kill the child, a parent or anyone in the household.	15	f	12	\N	13	1
14	2026-12-08 01:28:48.826116+00	baseline	14	repeat_incident	incident	Repeat incident	Police have attended this household for a similar incident before.	8	f	13	\N	14	1
15	2026-12-08 01:28:48.826116+00	baseline	15	carer_substance_misuse	carers	Carer misuses drugs or alcohol	Misuse that affects the care the child receives.	8	f	14	\N	15	1
16	2026-12-08 01:28:48.826116+00	baseline	16	carer_mental_health	carers	Carer's mental health affects the child	A carer's mental ill health affects their ability to keep the child safe.	6	f	15	\N	16	1
17	2026-12-08 01:28:48.826116+00	baseline	17	known_perpetrator	carers	A known perpetrator lives in or visits the household	Someone with a history of harming children or of serious violence.	15	f	16	\N	17	1
18	2026-12-08 01:28:48.826116+00	baseline	18	child_protection_plan	carers	Child already has a child protection plan	Or a sibling has one.	10	f	17	\N	18	1
19	2026-12-08 01:28:48.826116+00	baseline	19	neglect	environment	Signs of neglect	Hunger, poor hygiene, untreated health needs, being left alone.	10	f	18	\N	19	1
20	2026-12-08 01:28:48.826116+00	baseline	20	home_conditions	environment	Home conditions put the child at risk	Dangerous, dirty or cold home; no safe place to sleep.	6	f	19	\N	20	1
21	2026-12-08 01:28:48.826116+00	baseline	21	protective_adult	protective	A safe, protective adult is present	An adult who understands the risk, is acting on it and can keep the child safe.	-5	f	20	\N	21	1
22	2026-12-08 01:28:48.826116+00	baseline	22	engaged_with_services	protective	Family is working with services	The family is engaging with support already in place.	-3	f	21	\N	22	1
\.


--
-- Data for Name: risk_riskmodelversion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_riskmodelversion (id, number, medium_threshold, high_threshold, da_medium_min, da_high_min, supervision_sample_percent, repeat_short_count, repeat_short_days, repeat_long_count, repeat_long_days, note, created_at, created_by_id) FROM stdin;
1	1	15	30	10	14	100	3	91	5	365	Initial model.	2026-12-08 01:28:45.056414+00	\N
\.


--
-- Data for Name: risk_riskmodelversionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_riskmodelversionevent (pgh_id, pgh_created_at, pgh_label, id, number, note, created_at, medium_threshold, high_threshold, da_medium_min, da_high_min, supervision_sample_percent, repeat_short_count, repeat_short_days, repeat_long_count, repeat_long_days, created_by_id, pgh_context_id, pgh_obj_id) FROM stdin;
1	2026-12-08 01:28:48.826116+00	baseline	1	1	Initial model.	2026-12-08 01:28:45.056414+00	15	30	10	14	100	3	91	5	365	\N	\N	1
\.


--
-- Data for Name: risk_risksignal; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_risksignal (id, indicator, label, pattern, certainty, acting, field, text, sentence, start, "end", read_at, referral_id, version_id) FROM stdin;
\.


--
-- Data for Name: risk_supervisordecision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_supervisordecision (id, decision, from_grade, grade, rationale, decided_at, assessment_version, assessment_id, supervisor_id) FROM stdin;
\.


--
-- Data for Name: risk_supervisordecisionevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_supervisordecisionevent (pgh_id, pgh_created_at, pgh_label, id, decision, from_grade, grade, rationale, decided_at, assessment_version, assessment_id, pgh_context_id, pgh_obj_id, supervisor_id) FROM stdin;
\.


--
-- Data for Name: risk_undergradingflag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.risk_undergradingflag (id, kind, key, reason, matches, status, raised_at, resolved_at, resolution, referral_id, resolved_by_id, patterns) FROM stdin;
\.


--
-- Data for Name: vhub_configurationversion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.vhub_configurationversion (id, number) FROM stdin;
1	1
\.


--
-- Data for Name: vhub_heartbeat; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.vhub_heartbeat (id, name, beat_at) FROM stdin;
\.


--
-- Name: accounts_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_user_groups_id_seq', 1, false);


--
-- Name: accounts_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_user_id_seq', 1, false);


--
-- Name: accounts_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_user_user_permissions_id_seq', 1, false);


--
-- Name: audit_auditcheckpoint_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_auditcheckpoint_id_seq', 1, false);


--
-- Name: audit_auditevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_auditevent_id_seq', 1, false);


--
-- Name: audit_retentionreview_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_retentionreview_id_seq', 1, false);


--
-- Name: audit_retentionrule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_retentionrule_id_seq', 2, true);


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 15, true);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 1, false);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 476, true);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessattempt_id_seq', 1, false);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessfailurelog_id_seq', 1, false);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accesslog_id_seq', 1, false);


--
-- Name: configuration_version_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.configuration_version_seq', 1, true);


--
-- Name: dashboards_absence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_absence_id_seq', 1, false);


--
-- Name: dashboards_capacityalert_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_capacityalert_id_seq', 1, false);


--
-- Name: dashboards_capacitysettings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_capacitysettings_id_seq', 1, false);


--
-- Name: dashboards_dailycompliance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_dailycompliance_id_seq', 1, false);


--
-- Name: dashboards_dailyflow_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_dailyflow_id_seq', 1, false);


--
-- Name: dashboards_dailyreportdelivery_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_dailyreportdelivery_id_seq', 1, false);


--
-- Name: dashboards_rosterhours_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_rosterhours_id_seq', 1, false);


--
-- Name: dashboards_statisticscoverage_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_statisticscoverage_id_seq', 1, false);


--
-- Name: dashboards_teamschannel_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_teamschannel_id_seq', 1, false);


--
-- Name: dashboards_teamspost_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dashboards_teamspost_id_seq', 1, false);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 1, false);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_content_type_id_seq', 119, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_migrations_id_seq', 146, true);


--
-- Name: guardian_groupobjectpermission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.guardian_groupobjectpermission_id_seq', 1, false);


--
-- Name: guardian_userobjectpermission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.guardian_userobjectpermission_id_seq', 1, false);


--
-- Name: otp_static_staticdevice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.otp_static_staticdevice_id_seq', 1, false);


--
-- Name: otp_static_statictoken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.otp_static_statictoken_id_seq', 1, false);


--
-- Name: otp_totp_totpdevice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.otp_totp_totpdevice_id_seq', 1, false);


--
-- Name: partners_agency_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_agency_id_seq', 6, true);


--
-- Name: partners_agency_safeguarding_leads_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_agency_safeguarding_leads_id_seq', 1, false);


--
-- Name: partners_encompassnotice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_encompassnotice_id_seq', 1, false);


--
-- Name: partners_informationrequest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_informationrequest_id_seq', 1, false);


--
-- Name: partners_israttachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_israttachment_id_seq', 1, false);


--
-- Name: partners_maracmeeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_maracmeeting_id_seq', 1, false);


--
-- Name: partners_maracreferral_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_maracreferral_id_seq', 1, false);


--
-- Name: partners_noticepreference_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_noticepreference_id_seq', 1, false);


--
-- Name: partners_partnernotice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_partnernotice_id_seq', 1, false);


--
-- Name: partners_partnersystem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_partnersystem_id_seq', 1, false);


--
-- Name: partners_share_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_share_id_seq', 1, false);


--
-- Name: partners_shareattachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_shareattachment_id_seq', 1, false);


--
-- Name: partners_shareauthorisationrule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_shareauthorisationrule_id_seq', 3, true);


--
-- Name: partners_shareevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_shareevent_pgh_id_seq', 1, false);


--
-- Name: partners_sharegroupobjectpermission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_sharegroupobjectpermission_id_seq', 1, false);


--
-- Name: partners_sharemessage_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_sharemessage_id_seq', 1, false);


--
-- Name: partners_sharemessageattachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_sharemessageattachment_id_seq', 1, false);


--
-- Name: partners_shareresponse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_shareresponse_id_seq', 1, false);


--
-- Name: partners_shareuserobjectpermission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_shareuserobjectpermission_id_seq', 1, false);


--
-- Name: partners_webhookattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_webhookattempt_id_seq', 1, false);


--
-- Name: partners_webhookdelivery_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_webhookdelivery_id_seq', 1, false);


--
-- Name: partners_webhookevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_webhookevent_id_seq', 1, false);


--
-- Name: partners_webhooksubscription_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_webhooksubscription_id_seq', 1, false);


--
-- Name: referral_reference_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referral_reference_seq', 1, false);


--
-- Name: referrals_casenote_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_casenote_id_seq', 1, false);


--
-- Name: referrals_casenoteevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_casenoteevent_pgh_id_seq', 1, false);


--
-- Name: referrals_closureday_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_closureday_id_seq', 1, false);


--
-- Name: referrals_closuredayevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_closuredayevent_pgh_id_seq', 1, false);


--
-- Name: referrals_closureoutcome_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_closureoutcome_id_seq', 5, true);


--
-- Name: referrals_closurerequest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_closurerequest_id_seq', 1, false);


--
-- Name: referrals_dutyrota_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_dutyrota_id_seq', 1, false);


--
-- Name: referrals_escalation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_escalation_id_seq', 1, false);


--
-- Name: referrals_importdigest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_importdigest_id_seq', 1, false);


--
-- Name: referrals_importjob_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_importjob_id_seq', 1, false);


--
-- Name: referrals_incidenttype_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_incidenttype_id_seq', 10, true);


--
-- Name: referrals_integrationclient_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_integrationclient_id_seq', 1, false);


--
-- Name: referrals_matchthresholds_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_matchthresholds_id_seq', 1, true);


--
-- Name: referrals_matchthresholdsevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_matchthresholdsevent_pgh_id_seq', 1, true);


--
-- Name: referrals_notekind_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_notekind_id_seq', 5, true);


--
-- Name: referrals_notification_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_notification_id_seq', 1, false);


--
-- Name: referrals_outboxmessage_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_outboxmessage_id_seq', 1, false);


--
-- Name: referrals_person_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_person_id_seq', 1, false);


--
-- Name: referrals_personmatch_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_personmatch_id_seq', 1, false);


--
-- Name: referrals_personname_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_personname_id_seq', 1, false);


--
-- Name: referrals_postcodedistrict_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_postcodedistrict_id_seq', 62, true);


--
-- Name: referrals_priorityweight_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_priorityweight_id_seq', 15, true);


--
-- Name: referrals_referral_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_referral_id_seq', 1, false);


--
-- Name: referrals_referralattachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_referralattachment_id_seq', 1, false);


--
-- Name: referrals_referraldraft_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_referraldraft_id_seq', 1, false);


--
-- Name: referrals_referralevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_referralevent_pgh_id_seq', 1, false);


--
-- Name: referrals_referralsubject_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_referralsubject_id_seq', 1, false);


--
-- Name: referrals_referralsubjectevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_referralsubjectevent_pgh_id_seq', 1, false);


--
-- Name: referrals_slaclock_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_slaclock_id_seq', 1, false);


--
-- Name: referrals_slapolicyversion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_slapolicyversion_id_seq', 1, true);


--
-- Name: referrals_slapolicyversionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_slapolicyversionevent_pgh_id_seq', 1, true);


--
-- Name: referrals_slatarget_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_slatarget_id_seq', 17, true);


--
-- Name: referrals_slatargetevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_slatargetevent_pgh_id_seq', 17, true);


--
-- Name: referrals_termdates_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referrals_termdates_id_seq', 1, false);


--
-- Name: risk_areacontact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_areacontact_id_seq', 1, false);


--
-- Name: risk_childriskassessment_editors_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_childriskassessment_editors_id_seq', 1, false);


--
-- Name: risk_childriskassessment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_childriskassessment_id_seq', 1, false);


--
-- Name: risk_childriskassessmentevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_childriskassessmentevent_pgh_id_seq', 1, false);


--
-- Name: risk_daquestion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_daquestion_id_seq', 24, true);


--
-- Name: risk_daquestionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_daquestionevent_pgh_id_seq', 24, true);


--
-- Name: risk_forcehighcombination_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_forcehighcombination_id_seq', 2, true);


--
-- Name: risk_forcehighcombinationevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_forcehighcombinationevent_pgh_id_seq', 2, true);


--
-- Name: risk_frontlinesetting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_frontlinesetting_id_seq', 1, false);


--
-- Name: risk_gradechange_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_gradechange_id_seq', 1, false);


--
-- Name: risk_indicatorcatalogueversion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_indicatorcatalogueversion_id_seq', 2, true);


--
-- Name: risk_officeraudit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_officeraudit_id_seq', 1, false);


--
-- Name: risk_officerfeedback_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_officerfeedback_id_seq', 1, false);


--
-- Name: risk_officerposting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_officerposting_id_seq', 1, false);


--
-- Name: risk_officersubmission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_officersubmission_id_seq', 1, false);


--
-- Name: risk_policingarea_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_policingarea_id_seq', 1, false);


--
-- Name: risk_policingareacover_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_policingareacover_id_seq', 1, false);


--
-- Name: risk_qualityaudit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_qualityaudit_id_seq', 1, false);


--
-- Name: risk_qualityauditround_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_qualityauditround_id_seq', 1, false);


--
-- Name: risk_qualityauditsetting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_qualityauditsetting_id_seq', 1, true);


--
-- Name: risk_qualityteam_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_qualityteam_id_seq', 1, false);


--
-- Name: risk_qualityteammember_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_qualityteammember_id_seq', 1, false);


--
-- Name: risk_riskfactor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_riskfactor_id_seq', 22, true);


--
-- Name: risk_riskfactorevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_riskfactorevent_pgh_id_seq', 22, true);


--
-- Name: risk_riskmodelversion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_riskmodelversion_id_seq', 1, true);


--
-- Name: risk_riskmodelversionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_riskmodelversionevent_pgh_id_seq', 1, true);


--
-- Name: risk_risksignal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_risksignal_id_seq', 1, false);


--
-- Name: risk_supervisordecision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_supervisordecision_id_seq', 1, false);


--
-- Name: risk_supervisordecisionevent_pgh_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_supervisordecisionevent_pgh_id_seq', 1, false);


--
-- Name: risk_undergradingflag_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.risk_undergradingflag_id_seq', 1, false);


--
-- Name: vhub_configurationversion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.vhub_configurationversion_id_seq', 1, false);


--
-- Name: vhub_heartbeat_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.vhub_heartbeat_id_seq', 1, false);


--
-- Name: accounts_user_groups accounts_user_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_pkey PRIMARY KEY (id);


--
-- Name: accounts_user_groups accounts_user_groups_user_id_group_id_59c0b32f_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_user_id_group_id_59c0b32f_uniq UNIQUE (user_id, group_id);


--
-- Name: accounts_user accounts_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_pkey PRIMARY KEY (id);


--
-- Name: accounts_user_user_permissions accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq UNIQUE (user_id, permission_id);


--
-- Name: accounts_user_user_permissions accounts_user_user_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_permissions_pkey PRIMARY KEY (id);


--
-- Name: accounts_user accounts_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_username_key UNIQUE (username);


--
-- Name: audit_auditcheckpoint audit_auditcheckpoint_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_auditcheckpoint
    ADD CONSTRAINT audit_auditcheckpoint_pkey PRIMARY KEY (id);


--
-- Name: audit_auditcheckpoint audit_auditcheckpoint_signature_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_auditcheckpoint
    ADD CONSTRAINT audit_auditcheckpoint_signature_key UNIQUE (signature);


--
-- Name: audit_auditevent audit_auditevent_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_auditevent
    ADD CONSTRAINT audit_auditevent_hash_key UNIQUE (hash);


--
-- Name: audit_auditevent audit_auditevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_auditevent
    ADD CONSTRAINT audit_auditevent_pkey PRIMARY KEY (id);


--
-- Name: audit_retentionreview audit_retentionreview_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_retentionreview
    ADD CONSTRAINT audit_retentionreview_pkey PRIMARY KEY (id);


--
-- Name: audit_retentionreview audit_retentionreview_referral_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_retentionreview
    ADD CONSTRAINT audit_retentionreview_referral_id_key UNIQUE (referral_id);


--
-- Name: audit_retentionrule audit_retentionrule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_retentionrule
    ADD CONSTRAINT audit_retentionrule_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_name_key UNIQUE (name);


--
-- Name: auth_group_permissions auth_group_permissions_group_id_permission_id_0cd325b0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);


--
-- Name: auth_group_permissions auth_group_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);


--
-- Name: auth_permission auth_permission_content_type_id_codename_01ab375a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);


--
-- Name: auth_permission auth_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq UNIQUE (username, ip_address, user_agent);


--
-- Name: axes_accessattemptexpiration axes_accessattemptexpiration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptexpiration_pkey PRIMARY KEY (access_attempt_id);


--
-- Name: axes_accessfailurelog axes_accessfailurelog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessfailurelog
    ADD CONSTRAINT axes_accessfailurelog_pkey PRIMARY KEY (id);


--
-- Name: axes_accesslog axes_accesslog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accesslog
    ADD CONSTRAINT axes_accesslog_pkey PRIMARY KEY (id);


--
-- Name: risk_daquestion da_code_per_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_daquestion
    ADD CONSTRAINT da_code_per_version UNIQUE (version_id, code);


--
-- Name: dashboards_dailycompliance daily_compliance_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailycompliance
    ADD CONSTRAINT daily_compliance_once UNIQUE NULLS NOT DISTINCT (day, local_authority_id, kind, grade_used, agency_id);


--
-- Name: dashboards_dailyflow daily_flow_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailyflow
    ADD CONSTRAINT daily_flow_once UNIQUE NULLS NOT DISTINCT (day, local_authority_id);


--
-- Name: dashboards_absence dashboards_absence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_absence
    ADD CONSTRAINT dashboards_absence_pkey PRIMARY KEY (id);


--
-- Name: dashboards_capacityalert dashboards_capacityalert_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_capacityalert
    ADD CONSTRAINT dashboards_capacityalert_pkey PRIMARY KEY (id);


--
-- Name: dashboards_capacitysettings dashboards_capacitysettings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_capacitysettings
    ADD CONSTRAINT dashboards_capacitysettings_pkey PRIMARY KEY (id);


--
-- Name: dashboards_dailycompliance dashboards_dailycompliance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailycompliance
    ADD CONSTRAINT dashboards_dailycompliance_pkey PRIMARY KEY (id);


--
-- Name: dashboards_dailyflow dashboards_dailyflow_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailyflow
    ADD CONSTRAINT dashboards_dailyflow_pkey PRIMARY KEY (id);


--
-- Name: dashboards_dailyreportdelivery dashboards_dailyreportdelivery_day_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailyreportdelivery
    ADD CONSTRAINT dashboards_dailyreportdelivery_day_key UNIQUE (day);


--
-- Name: dashboards_dailyreportdelivery dashboards_dailyreportdelivery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailyreportdelivery
    ADD CONSTRAINT dashboards_dailyreportdelivery_pkey PRIMARY KEY (id);


--
-- Name: dashboards_rosterhours dashboards_rosterhours_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_rosterhours
    ADD CONSTRAINT dashboards_rosterhours_pkey PRIMARY KEY (id);


--
-- Name: dashboards_statisticscoverage dashboards_statisticscoverage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_statisticscoverage
    ADD CONSTRAINT dashboards_statisticscoverage_pkey PRIMARY KEY (id);


--
-- Name: dashboards_teamschannel dashboards_teamschannel_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_teamschannel
    ADD CONSTRAINT dashboards_teamschannel_name_key UNIQUE (name);


--
-- Name: dashboards_teamschannel dashboards_teamschannel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_teamschannel
    ADD CONSTRAINT dashboards_teamschannel_pkey PRIMARY KEY (id);


--
-- Name: dashboards_teamspost dashboards_teamspost_outbox_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_teamspost
    ADD CONSTRAINT dashboards_teamspost_outbox_id_key UNIQUE (outbox_id);


--
-- Name: dashboards_teamspost dashboards_teamspost_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_teamspost
    ADD CONSTRAINT dashboards_teamspost_pkey PRIMARY KEY (id);


--
-- Name: django_admin_log django_admin_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_pkey PRIMARY KEY (id);


--
-- Name: django_content_type django_content_type_app_label_model_76bd3d3b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);


--
-- Name: django_content_type django_content_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: referrals_escalation escalate_once_per_level; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_escalation
    ADD CONSTRAINT escalate_once_per_level UNIQUE (clock_id, level, recipient_id);


--
-- Name: risk_riskfactor factor_code_per_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskfactor
    ADD CONSTRAINT factor_code_per_version UNIQUE (version_id, code);


--
-- Name: guardian_groupobjectpermission guardian_groupobjectperm_group_id_permission_id_o_3f189f7c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_groupobjectpermission
    ADD CONSTRAINT guardian_groupobjectperm_group_id_permission_id_o_3f189f7c_uniq UNIQUE (group_id, permission_id, object_pk);


--
-- Name: guardian_groupobjectpermission guardian_groupobjectpermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_groupobjectpermission
    ADD CONSTRAINT guardian_groupobjectpermission_pkey PRIMARY KEY (id);


--
-- Name: guardian_userobjectpermission guardian_userobjectpermi_user_id_permission_id_ob_b0b3d2fc_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_userobjectpermission
    ADD CONSTRAINT guardian_userobjectpermi_user_id_permission_id_ob_b0b3d2fc_uniq UNIQUE (user_id, permission_id, object_pk);


--
-- Name: guardian_userobjectpermission guardian_userobjectpermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_userobjectpermission
    ADD CONSTRAINT guardian_userobjectpermission_pkey PRIMARY KEY (id);


--
-- Name: referrals_importdigest import_digest_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_importdigest
    ADD CONSTRAINT import_digest_once UNIQUE (job_id, recipient_id);


--
-- Name: partners_maracreferral marac_once_per_meeting; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracreferral
    ADD CONSTRAINT marac_once_per_meeting UNIQUE (referral_id, meeting_id);


--
-- Name: referrals_personmatch match_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_personmatch
    ADD CONSTRAINT match_once UNIQUE (subject_id, candidate_id);


--
-- Name: risk_officerfeedback officer_feedback_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerfeedback
    ADD CONSTRAINT officer_feedback_once UNIQUE (referral_id, officer_id, sender_id, kind, message);


--
-- Name: risk_areacontact one_contact_row_per_area; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_areacontact
    ADD CONSTRAINT one_contact_row_per_area UNIQUE (user_id, area_id);


--
-- Name: risk_supervisordecision one_decision_per_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_supervisordecision
    ADD CONSTRAINT one_decision_per_version UNIQUE (assessment_id, assessment_version);


--
-- Name: risk_undergradingflag one_flag_per_reason; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_undergradingflag
    ADD CONSTRAINT one_flag_per_reason UNIQUE (referral_id, kind, key);


--
-- Name: risk_officeraudit one_officer_audit; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT one_officer_audit UNIQUE (round_id, submission_id);


--
-- Name: otp_static_staticdevice otp_static_staticdevice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_staticdevice
    ADD CONSTRAINT otp_static_staticdevice_pkey PRIMARY KEY (id);


--
-- Name: otp_static_statictoken otp_static_statictoken_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_statictoken
    ADD CONSTRAINT otp_static_statictoken_pkey PRIMARY KEY (id);


--
-- Name: otp_totp_totpdevice otp_totp_totpdevice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_totp_totpdevice
    ADD CONSTRAINT otp_totp_totpdevice_pkey PRIMARY KEY (id);


--
-- Name: partners_partnersystem partner_system_name_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partner_system_name_unique UNIQUE (agency_id, name);


--
-- Name: partners_agency partners_agency_group_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency
    ADD CONSTRAINT partners_agency_group_id_key UNIQUE (group_id);


--
-- Name: partners_agency partners_agency_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency
    ADD CONSTRAINT partners_agency_name_key UNIQUE (name);


--
-- Name: partners_agency partners_agency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency
    ADD CONSTRAINT partners_agency_pkey PRIMARY KEY (id);


--
-- Name: partners_agency_safeguarding_leads partners_agency_safeguar_agency_id_user_id_b4430ac2_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency_safeguarding_leads
    ADD CONSTRAINT partners_agency_safeguar_agency_id_user_id_b4430ac2_uniq UNIQUE (agency_id, user_id);


--
-- Name: partners_agency_safeguarding_leads partners_agency_safeguarding_leads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency_safeguarding_leads
    ADD CONSTRAINT partners_agency_safeguarding_leads_pkey PRIMARY KEY (id);


--
-- Name: partners_agency partners_agency_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency
    ADD CONSTRAINT partners_agency_slug_key UNIQUE (slug);


--
-- Name: partners_encompassnotice partners_encompassnotice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassnotice_pkey PRIMARY KEY (id);


--
-- Name: partners_encompassnotice partners_encompassnotice_share_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassnotice_share_id_key UNIQUE (share_id);


--
-- Name: partners_encompassnotice partners_encompassnotice_subject_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassnotice_subject_id_key UNIQUE (subject_id);


--
-- Name: partners_informationrequest partners_informationrequest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_informationrequest
    ADD CONSTRAINT partners_informationrequest_pkey PRIMARY KEY (id);


--
-- Name: partners_israttachment partners_israttachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_israttachment
    ADD CONSTRAINT partners_israttachment_pkey PRIMARY KEY (id);


--
-- Name: partners_maracmeeting partners_maracmeeting_date_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracmeeting
    ADD CONSTRAINT partners_maracmeeting_date_key UNIQUE (date);


--
-- Name: partners_maracmeeting partners_maracmeeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracmeeting
    ADD CONSTRAINT partners_maracmeeting_pkey PRIMARY KEY (id);


--
-- Name: partners_maracreferral partners_maracreferral_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracreferral
    ADD CONSTRAINT partners_maracreferral_pkey PRIMARY KEY (id);


--
-- Name: partners_maracreferral partners_maracreferral_share_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracreferral
    ADD CONSTRAINT partners_maracreferral_share_id_key UNIQUE (share_id);


--
-- Name: partners_noticepreference partners_noticepreference_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_noticepreference
    ADD CONSTRAINT partners_noticepreference_pkey PRIMARY KEY (id);


--
-- Name: partners_noticepreference partners_noticepreference_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_noticepreference
    ADD CONSTRAINT partners_noticepreference_user_id_key UNIQUE (user_id);


--
-- Name: partners_partnernotice partners_partnernotice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnernotice
    ADD CONSTRAINT partners_partnernotice_pkey PRIMARY KEY (id);


--
-- Name: partners_partnersystem partners_partnersystem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partners_partnersystem_pkey PRIMARY KEY (id);


--
-- Name: partners_partnersystem partners_partnersystem_service_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partners_partnersystem_service_user_id_key UNIQUE (service_user_id);


--
-- Name: partners_partnersystem partners_partnersystem_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partners_partnersystem_token_hash_key UNIQUE (token_hash);


--
-- Name: partners_share partners_share_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT partners_share_pkey PRIMARY KEY (id);


--
-- Name: partners_shareattachment partners_shareattachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareattachment
    ADD CONSTRAINT partners_shareattachment_pkey PRIMARY KEY (id);


--
-- Name: partners_shareauthorisationrule partners_shareauthorisationrule_grade_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareauthorisationrule
    ADD CONSTRAINT partners_shareauthorisationrule_grade_key UNIQUE (grade);


--
-- Name: partners_shareauthorisationrule partners_shareauthorisationrule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareauthorisationrule
    ADD CONSTRAINT partners_shareauthorisationrule_pkey PRIMARY KEY (id);


--
-- Name: partners_shareevent partners_shareevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareevent
    ADD CONSTRAINT partners_shareevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: partners_sharegroupobjectpermission partners_sharegroupobjec_group_id_permission_id_c_c5e86c23_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharegroupobjectpermission
    ADD CONSTRAINT partners_sharegroupobjec_group_id_permission_id_c_c5e86c23_uniq UNIQUE (group_id, permission_id, content_object_id);


--
-- Name: partners_sharegroupobjectpermission partners_sharegroupobjectpermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharegroupobjectpermission
    ADD CONSTRAINT partners_sharegroupobjectpermission_pkey PRIMARY KEY (id);


--
-- Name: partners_sharemessage partners_sharemessage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharemessage
    ADD CONSTRAINT partners_sharemessage_pkey PRIMARY KEY (id);


--
-- Name: partners_sharemessageattachment partners_sharemessageattachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharemessageattachment
    ADD CONSTRAINT partners_sharemessageattachment_pkey PRIMARY KEY (id);


--
-- Name: partners_shareresponse partners_shareresponse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareresponse
    ADD CONSTRAINT partners_shareresponse_pkey PRIMARY KEY (id);


--
-- Name: partners_shareresponse partners_shareresponse_share_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareresponse
    ADD CONSTRAINT partners_shareresponse_share_id_key UNIQUE (share_id);


--
-- Name: partners_shareuserobjectpermission partners_shareuserobject_user_id_permission_id_co_d43c8040_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareuserobjectpermission
    ADD CONSTRAINT partners_shareuserobject_user_id_permission_id_co_d43c8040_uniq UNIQUE (user_id, permission_id, content_object_id);


--
-- Name: partners_shareuserobjectpermission partners_shareuserobjectpermission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareuserobjectpermission
    ADD CONSTRAINT partners_shareuserobjectpermission_pkey PRIMARY KEY (id);


--
-- Name: partners_webhookattempt partners_webhookattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookattempt
    ADD CONSTRAINT partners_webhookattempt_pkey PRIMARY KEY (id);


--
-- Name: partners_webhookdelivery partners_webhookdelivery_outbox_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookdelivery
    ADD CONSTRAINT partners_webhookdelivery_outbox_id_key UNIQUE (outbox_id);


--
-- Name: partners_webhookdelivery partners_webhookdelivery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookdelivery
    ADD CONSTRAINT partners_webhookdelivery_pkey PRIMARY KEY (id);


--
-- Name: partners_webhookevent partners_webhookevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookevent
    ADD CONSTRAINT partners_webhookevent_pkey PRIMARY KEY (id);


--
-- Name: partners_webhookevent partners_webhookevent_uid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookevent
    ADD CONSTRAINT partners_webhookevent_uid_key UNIQUE (uid);


--
-- Name: partners_webhooksubscription partners_webhooksubscription_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhooksubscription
    ADD CONSTRAINT partners_webhooksubscription_pkey PRIMARY KEY (id);


--
-- Name: referrals_personname person_name_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_personname
    ADD CONSTRAINT person_name_unique UNIQUE (kind, name);


--
-- Name: pghistory_context pghistory_context_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pghistory_context
    ADD CONSTRAINT pghistory_context_pkey PRIMARY KEY (id);


--
-- Name: referrals_casenote referrals_casenote_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_casenote
    ADD CONSTRAINT referrals_casenote_pkey PRIMARY KEY (id);


--
-- Name: referrals_casenoteevent referrals_casenoteevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_casenoteevent
    ADD CONSTRAINT referrals_casenoteevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: referrals_closureday referrals_closureday_day_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closureday
    ADD CONSTRAINT referrals_closureday_day_key UNIQUE (day);


--
-- Name: referrals_closureday referrals_closureday_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closureday
    ADD CONSTRAINT referrals_closureday_pkey PRIMARY KEY (id);


--
-- Name: referrals_closuredayevent referrals_closuredayevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closuredayevent
    ADD CONSTRAINT referrals_closuredayevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: referrals_closureoutcome referrals_closureoutcome_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closureoutcome
    ADD CONSTRAINT referrals_closureoutcome_code_key UNIQUE (code);


--
-- Name: referrals_closureoutcome referrals_closureoutcome_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closureoutcome
    ADD CONSTRAINT referrals_closureoutcome_pkey PRIMARY KEY (id);


--
-- Name: referrals_closurerequest referrals_closurerequest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closurerequest
    ADD CONSTRAINT referrals_closurerequest_pkey PRIMARY KEY (id);


--
-- Name: referrals_dutyrota referrals_dutyrota_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_dutyrota
    ADD CONSTRAINT referrals_dutyrota_pkey PRIMARY KEY (id);


--
-- Name: referrals_escalation referrals_escalation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_escalation
    ADD CONSTRAINT referrals_escalation_pkey PRIMARY KEY (id);


--
-- Name: referrals_importdigest referrals_importdigest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_importdigest
    ADD CONSTRAINT referrals_importdigest_pkey PRIMARY KEY (id);


--
-- Name: referrals_importjob referrals_importjob_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_importjob
    ADD CONSTRAINT referrals_importjob_pkey PRIMARY KEY (id);


--
-- Name: referrals_incidenttype referrals_incidenttype_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_incidenttype
    ADD CONSTRAINT referrals_incidenttype_code_key UNIQUE (code);


--
-- Name: referrals_incidenttype referrals_incidenttype_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_incidenttype
    ADD CONSTRAINT referrals_incidenttype_pkey PRIMARY KEY (id);


--
-- Name: referrals_integrationclient referrals_integrationclient_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_integrationclient
    ADD CONSTRAINT referrals_integrationclient_name_key UNIQUE (name);


--
-- Name: referrals_integrationclient referrals_integrationclient_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_integrationclient
    ADD CONSTRAINT referrals_integrationclient_pkey PRIMARY KEY (id);


--
-- Name: referrals_integrationclient referrals_integrationclient_service_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_integrationclient
    ADD CONSTRAINT referrals_integrationclient_service_user_id_key UNIQUE (service_user_id);


--
-- Name: referrals_integrationclient referrals_integrationclient_source_system_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_integrationclient
    ADD CONSTRAINT referrals_integrationclient_source_system_key UNIQUE (source_system);


--
-- Name: referrals_integrationclient referrals_integrationclient_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_integrationclient
    ADD CONSTRAINT referrals_integrationclient_token_hash_key UNIQUE (token_hash);


--
-- Name: referrals_matchthresholds referrals_matchthresholds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_matchthresholds
    ADD CONSTRAINT referrals_matchthresholds_pkey PRIMARY KEY (id);


--
-- Name: referrals_matchthresholdsevent referrals_matchthresholdsevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_matchthresholdsevent
    ADD CONSTRAINT referrals_matchthresholdsevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: referrals_notekind referrals_notekind_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_notekind
    ADD CONSTRAINT referrals_notekind_code_key UNIQUE (code);


--
-- Name: referrals_notekind referrals_notekind_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_notekind
    ADD CONSTRAINT referrals_notekind_pkey PRIMARY KEY (id);


--
-- Name: referrals_notification referrals_notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_notification
    ADD CONSTRAINT referrals_notification_pkey PRIMARY KEY (id);


--
-- Name: referrals_outboxmessage referrals_outboxmessage_escalation_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_outboxmessage
    ADD CONSTRAINT referrals_outboxmessage_escalation_id_key UNIQUE (escalation_id);


--
-- Name: referrals_outboxmessage referrals_outboxmessage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_outboxmessage
    ADD CONSTRAINT referrals_outboxmessage_pkey PRIMARY KEY (id);


--
-- Name: referrals_person referrals_person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_person
    ADD CONSTRAINT referrals_person_pkey PRIMARY KEY (id);


--
-- Name: referrals_personmatch referrals_personmatch_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_personmatch
    ADD CONSTRAINT referrals_personmatch_pkey PRIMARY KEY (id);


--
-- Name: referrals_personname referrals_personname_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_personname
    ADD CONSTRAINT referrals_personname_pkey PRIMARY KEY (id);


--
-- Name: referrals_postcodedistrict referrals_postcodedistrict_district_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_postcodedistrict
    ADD CONSTRAINT referrals_postcodedistrict_district_key UNIQUE (district);


--
-- Name: referrals_postcodedistrict referrals_postcodedistrict_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_postcodedistrict
    ADD CONSTRAINT referrals_postcodedistrict_pkey PRIMARY KEY (id);


--
-- Name: referrals_priorityweight referrals_priorityweight_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_priorityweight
    ADD CONSTRAINT referrals_priorityweight_code_key UNIQUE (code);


--
-- Name: referrals_priorityweight referrals_priorityweight_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_priorityweight
    ADD CONSTRAINT referrals_priorityweight_pkey PRIMARY KEY (id);


--
-- Name: referrals_referral referrals_referral_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_pkey PRIMARY KEY (id);


--
-- Name: referrals_referral referrals_referral_reference_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_reference_key UNIQUE (reference);


--
-- Name: referrals_referralattachment referrals_referralattachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralattachment
    ADD CONSTRAINT referrals_referralattachment_pkey PRIMARY KEY (id);


--
-- Name: referrals_referraldraft referrals_referraldraft_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referraldraft
    ADD CONSTRAINT referrals_referraldraft_pkey PRIMARY KEY (id);


--
-- Name: referrals_referraldraft referrals_referraldraft_referral_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referraldraft
    ADD CONSTRAINT referrals_referraldraft_referral_id_key UNIQUE (referral_id);


--
-- Name: referrals_referralevent referrals_referralevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralevent
    ADD CONSTRAINT referrals_referralevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: referrals_referralsubject referrals_referralsubject_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralsubject
    ADD CONSTRAINT referrals_referralsubject_pkey PRIMARY KEY (id);


--
-- Name: referrals_referralsubjectevent referrals_referralsubjectevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralsubjectevent
    ADD CONSTRAINT referrals_referralsubjectevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: referrals_slaclock referrals_slaclock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slaclock
    ADD CONSTRAINT referrals_slaclock_pkey PRIMARY KEY (id);


--
-- Name: referrals_slapolicyversion referrals_slapolicyversion_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slapolicyversion
    ADD CONSTRAINT referrals_slapolicyversion_number_key UNIQUE (number);


--
-- Name: referrals_slapolicyversion referrals_slapolicyversion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slapolicyversion
    ADD CONSTRAINT referrals_slapolicyversion_pkey PRIMARY KEY (id);


--
-- Name: referrals_slapolicyversionevent referrals_slapolicyversionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slapolicyversionevent
    ADD CONSTRAINT referrals_slapolicyversionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: referrals_slatarget referrals_slatarget_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slatarget
    ADD CONSTRAINT referrals_slatarget_pkey PRIMARY KEY (id);


--
-- Name: referrals_slatargetevent referrals_slatargetevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slatargetevent
    ADD CONSTRAINT referrals_slatargetevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: referrals_termdates referrals_termdates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_termdates
    ADD CONSTRAINT referrals_termdates_pkey PRIMARY KEY (id);


--
-- Name: audit_retentionrule retention_rule_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_retentionrule
    ADD CONSTRAINT retention_rule_unique UNIQUE (grade, outcome);


--
-- Name: risk_areacontact risk_areacontact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_areacontact
    ADD CONSTRAINT risk_areacontact_pkey PRIMARY KEY (id);


--
-- Name: risk_childriskassessment_editors risk_childriskassessment_childriskassessment_id_u_34517a01_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment_editors
    ADD CONSTRAINT risk_childriskassessment_childriskassessment_id_u_34517a01_uniq UNIQUE (childriskassessment_id, user_id);


--
-- Name: risk_childriskassessment_editors risk_childriskassessment_editors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment_editors
    ADD CONSTRAINT risk_childriskassessment_editors_pkey PRIMARY KEY (id);


--
-- Name: risk_childriskassessment risk_childriskassessment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment
    ADD CONSTRAINT risk_childriskassessment_pkey PRIMARY KEY (id);


--
-- Name: risk_childriskassessment risk_childriskassessment_subject_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment
    ADD CONSTRAINT risk_childriskassessment_subject_id_key UNIQUE (subject_id);


--
-- Name: risk_childriskassessmentevent risk_childriskassessmentevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessmentevent
    ADD CONSTRAINT risk_childriskassessmentevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: risk_daquestion risk_daquestion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_daquestion
    ADD CONSTRAINT risk_daquestion_pkey PRIMARY KEY (id);


--
-- Name: risk_daquestionevent risk_daquestionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_daquestionevent
    ADD CONSTRAINT risk_daquestionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: risk_forcehighcombination risk_forcehighcombination_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_forcehighcombination
    ADD CONSTRAINT risk_forcehighcombination_pkey PRIMARY KEY (id);


--
-- Name: risk_forcehighcombinationevent risk_forcehighcombinationevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_forcehighcombinationevent
    ADD CONSTRAINT risk_forcehighcombinationevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: risk_frontlinesetting risk_frontlinesetting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_frontlinesetting
    ADD CONSTRAINT risk_frontlinesetting_pkey PRIMARY KEY (id);


--
-- Name: risk_gradechange risk_gradechange_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_gradechange
    ADD CONSTRAINT risk_gradechange_pkey PRIMARY KEY (id);


--
-- Name: risk_indicatorcatalogueversion risk_indicatorcatalogueversion_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_indicatorcatalogueversion
    ADD CONSTRAINT risk_indicatorcatalogueversion_number_key UNIQUE (number);


--
-- Name: risk_indicatorcatalogueversion risk_indicatorcatalogueversion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_indicatorcatalogueversion
    ADD CONSTRAINT risk_indicatorcatalogueversion_pkey PRIMARY KEY (id);


--
-- Name: risk_officeraudit risk_officeraudit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT risk_officeraudit_pkey PRIMARY KEY (id);


--
-- Name: risk_officerfeedback risk_officerfeedback_outbox_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerfeedback
    ADD CONSTRAINT risk_officerfeedback_outbox_id_key UNIQUE (outbox_id);


--
-- Name: risk_officerfeedback risk_officerfeedback_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerfeedback
    ADD CONSTRAINT risk_officerfeedback_pkey PRIMARY KEY (id);


--
-- Name: risk_officerposting risk_officerposting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerposting
    ADD CONSTRAINT risk_officerposting_pkey PRIMARY KEY (id);


--
-- Name: risk_officerposting risk_officerposting_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerposting
    ADD CONSTRAINT risk_officerposting_user_id_key UNIQUE (user_id);


--
-- Name: risk_officersubmission risk_officersubmission_assessment_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officersubmission
    ADD CONSTRAINT risk_officersubmission_assessment_id_key UNIQUE (assessment_id);


--
-- Name: risk_officersubmission risk_officersubmission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officersubmission
    ADD CONSTRAINT risk_officersubmission_pkey PRIMARY KEY (id);


--
-- Name: risk_policingarea risk_policingarea_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_policingarea
    ADD CONSTRAINT risk_policingarea_name_key UNIQUE (name);


--
-- Name: risk_policingarea risk_policingarea_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_policingarea
    ADD CONSTRAINT risk_policingarea_pkey PRIMARY KEY (id);


--
-- Name: risk_policingareacover risk_policingareacover_local_authority_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_policingareacover
    ADD CONSTRAINT risk_policingareacover_local_authority_id_key UNIQUE (local_authority_id);


--
-- Name: risk_policingareacover risk_policingareacover_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_policingareacover
    ADD CONSTRAINT risk_policingareacover_pkey PRIMARY KEY (id);


--
-- Name: risk_qualityaudit risk_qualityaudit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_pkey PRIMARY KEY (id);


--
-- Name: risk_qualityauditround risk_qualityauditround_month_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityauditround
    ADD CONSTRAINT risk_qualityauditround_month_key UNIQUE (month);


--
-- Name: risk_qualityauditround risk_qualityauditround_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityauditround
    ADD CONSTRAINT risk_qualityauditround_pkey PRIMARY KEY (id);


--
-- Name: risk_qualityauditsetting risk_qualityauditsetting_local_authority_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityauditsetting
    ADD CONSTRAINT risk_qualityauditsetting_local_authority_id_key UNIQUE (local_authority_id);


--
-- Name: risk_qualityauditsetting risk_qualityauditsetting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityauditsetting
    ADD CONSTRAINT risk_qualityauditsetting_pkey PRIMARY KEY (id);


--
-- Name: risk_qualityteam risk_qualityteam_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityteam
    ADD CONSTRAINT risk_qualityteam_name_key UNIQUE (name);


--
-- Name: risk_qualityteam risk_qualityteam_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityteam
    ADD CONSTRAINT risk_qualityteam_pkey PRIMARY KEY (id);


--
-- Name: risk_qualityteammember risk_qualityteammember_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityteammember
    ADD CONSTRAINT risk_qualityteammember_pkey PRIMARY KEY (id);


--
-- Name: risk_qualityteammember risk_qualityteammember_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityteammember
    ADD CONSTRAINT risk_qualityteammember_user_id_key UNIQUE (user_id);


--
-- Name: risk_riskfactor risk_riskfactor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskfactor
    ADD CONSTRAINT risk_riskfactor_pkey PRIMARY KEY (id);


--
-- Name: risk_riskfactorevent risk_riskfactorevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskfactorevent
    ADD CONSTRAINT risk_riskfactorevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: risk_riskmodelversion risk_riskmodelversion_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskmodelversion
    ADD CONSTRAINT risk_riskmodelversion_number_key UNIQUE (number);


--
-- Name: risk_riskmodelversion risk_riskmodelversion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskmodelversion
    ADD CONSTRAINT risk_riskmodelversion_pkey PRIMARY KEY (id);


--
-- Name: risk_riskmodelversionevent risk_riskmodelversionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskmodelversionevent
    ADD CONSTRAINT risk_riskmodelversionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: risk_risksignal risk_risksignal_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_risksignal
    ADD CONSTRAINT risk_risksignal_pkey PRIMARY KEY (id);


--
-- Name: risk_supervisordecision risk_supervisordecision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_supervisordecision
    ADD CONSTRAINT risk_supervisordecision_pkey PRIMARY KEY (id);


--
-- Name: risk_supervisordecisionevent risk_supervisordecisionevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_supervisordecisionevent
    ADD CONSTRAINT risk_supervisordecisionevent_pkey PRIMARY KEY (pgh_id);


--
-- Name: risk_undergradingflag risk_undergradingflag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_undergradingflag
    ADD CONSTRAINT risk_undergradingflag_pkey PRIMARY KEY (id);


--
-- Name: dashboards_rosterhours roster_once_per_weekday; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_rosterhours
    ADD CONSTRAINT roster_once_per_weekday UNIQUE (user_id, weekday);


--
-- Name: partners_shareattachment share_attachment_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareattachment
    ADD CONSTRAINT share_attachment_once UNIQUE (share_id, attachment_id);


--
-- Name: partners_share share_version_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT share_version_unique UNIQUE (referral_id, agency_id, version);


--
-- Name: referrals_slatarget sla_target_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slatarget
    ADD CONSTRAINT sla_target_unique UNIQUE (policy_id, kind, grade);


--
-- Name: referrals_referralsubject subject_once_per_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralsubject
    ADD CONSTRAINT subject_once_per_role UNIQUE (referral_id, person_id, role);


--
-- Name: dashboards_teamspost teams_post_once_per_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_teamspost
    ADD CONSTRAINT teams_post_once_per_key UNIQUE (channel_id, key);


--
-- Name: vhub_configurationversion vhub_configurationversion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vhub_configurationversion
    ADD CONSTRAINT vhub_configurationversion_pkey PRIMARY KEY (id);


--
-- Name: vhub_heartbeat vhub_heartbeat_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vhub_heartbeat
    ADD CONSTRAINT vhub_heartbeat_name_key UNIQUE (name);


--
-- Name: vhub_heartbeat vhub_heartbeat_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vhub_heartbeat
    ADD CONSTRAINT vhub_heartbeat_pkey PRIMARY KEY (id);


--
-- Name: absence_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX absence_user_idx ON public.dashboards_absence USING btree (user_id, first_day);


--
-- Name: accounts_user_agency_id_ba328885; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_agency_id_ba328885 ON public.accounts_user USING btree (agency_id);


--
-- Name: accounts_user_groups_group_id_bd11a704; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_groups_group_id_bd11a704 ON public.accounts_user_groups USING btree (group_id);


--
-- Name: accounts_user_groups_user_id_52b62117; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_groups_user_id_52b62117 ON public.accounts_user_groups USING btree (user_id);


--
-- Name: accounts_user_user_permissions_permission_id_113bb443; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_user_permissions_permission_id_113bb443 ON public.accounts_user_user_permissions USING btree (permission_id);


--
-- Name: accounts_user_user_permissions_user_id_e4f0a161; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_user_permissions_user_id_e4f0a161 ON public.accounts_user_user_permissions USING btree (user_id);


--
-- Name: accounts_user_username_6088629e_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_username_6088629e_like ON public.accounts_user USING btree (username varchar_pattern_ops);


--
-- Name: attachment_referral_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_referral_idx ON public.referrals_referralattachment USING btree (referral_id, uploaded_at);


--
-- Name: audit_actor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_actor_idx ON public.audit_auditevent USING btree (actor_id, occurred_at);


--
-- Name: audit_actor_label_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_actor_label_idx ON public.audit_auditevent USING btree (actor_label, id);


--
-- Name: audit_agency_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_agency_idx ON public.audit_auditevent USING btree (agency_id, id);


--
-- Name: audit_auditcheckpoint_signature_7f098bd8_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditcheckpoint_signature_7f098bd8_like ON public.audit_auditcheckpoint USING btree (signature varchar_pattern_ops);


--
-- Name: audit_auditevent_action_2131bb77; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditevent_action_2131bb77 ON public.audit_auditevent USING btree (action);


--
-- Name: audit_auditevent_action_2131bb77_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditevent_action_2131bb77_like ON public.audit_auditevent USING btree (action varchar_pattern_ops);


--
-- Name: audit_auditevent_actor_id_270bb4b7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditevent_actor_id_270bb4b7 ON public.audit_auditevent USING btree (actor_id);


--
-- Name: audit_auditevent_agency_id_219033f1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditevent_agency_id_219033f1 ON public.audit_auditevent USING btree (agency_id);


--
-- Name: audit_auditevent_hash_d0c402da_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditevent_hash_d0c402da_like ON public.audit_auditevent USING btree (hash varchar_pattern_ops);


--
-- Name: audit_auditevent_occurred_at_1f007848; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditevent_occurred_at_1f007848 ON public.audit_auditevent USING btree (occurred_at);


--
-- Name: audit_auditevent_referral_id_bf073448; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_auditevent_referral_id_bf073448 ON public.audit_auditevent USING btree (referral_id);


--
-- Name: audit_listed_people_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_listed_people_idx ON public.audit_auditevent USING gin (((details -> 'people'::text)) jsonb_path_ops);


--
-- Name: audit_listed_referrals_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_listed_referrals_idx ON public.audit_auditevent USING gin (((details -> 'referrals'::text)) jsonb_path_ops);


--
-- Name: audit_object_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_object_idx ON public.audit_auditevent USING btree (object_type, object_id);


--
-- Name: audit_referral_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_referral_idx ON public.audit_auditevent USING btree (referral_id, id);


--
-- Name: audit_retentionreview_decided_by_id_b7524bc6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_retentionreview_decided_by_id_b7524bc6 ON public.audit_retentionreview USING btree (decided_by_id);


--
-- Name: audit_retentionreview_review_due_f96edaba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_retentionreview_review_due_f96edaba ON public.audit_retentionreview USING btree (review_due);


--
-- Name: audit_transition_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_transition_idx ON public.audit_auditevent USING btree (occurred_at) WHERE ((action)::text = 'referral.transition'::text);


--
-- Name: auth_group_name_a6ea08ec_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_name_a6ea08ec_like ON public.auth_group USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_permissions_group_id_b120cbf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_group_id_b120cbf9 ON public.auth_group_permissions USING btree (group_id);


--
-- Name: auth_group_permissions_permission_id_84c5c92e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_permission_id_84c5c92e ON public.auth_group_permissions USING btree (permission_id);


--
-- Name: auth_permission_content_type_id_2f476e4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_permission_content_type_id_2f476e4b ON public.auth_permission USING btree (content_type_id);


--
-- Name: axes_accessattempt_ip_address_10922d9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_ip_address_10922d9c ON public.axes_accessattempt USING btree (ip_address);


--
-- Name: axes_accessattempt_user_agent_ad89678b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b ON public.axes_accessattempt USING btree (user_agent);


--
-- Name: axes_accessattempt_user_agent_ad89678b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b_like ON public.axes_accessattempt USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessattempt_username_3f2d4ca0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0 ON public.axes_accessattempt USING btree (username);


--
-- Name: axes_accessattempt_username_3f2d4ca0_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0_like ON public.axes_accessattempt USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_ip_address_2e9f5a7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_ip_address_2e9f5a7f ON public.axes_accessfailurelog USING btree (ip_address);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda ON public.axes_accessfailurelog USING btree (user_agent);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda_like ON public.axes_accessfailurelog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4 ON public.axes_accessfailurelog USING btree (username);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4_like ON public.axes_accessfailurelog USING btree (username varchar_pattern_ops);


--
-- Name: axes_accesslog_ip_address_86b417e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_ip_address_86b417e5 ON public.axes_accesslog USING btree (ip_address);


--
-- Name: axes_accesslog_user_agent_0e659004; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004 ON public.axes_accesslog USING btree (user_agent);


--
-- Name: axes_accesslog_user_agent_0e659004_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004_like ON public.axes_accesslog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accesslog_username_df93064b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b ON public.axes_accesslog USING btree (username);


--
-- Name: axes_accesslog_username_df93064b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b_like ON public.axes_accesslog USING btree (username varchar_pattern_ops);


--
-- Name: case_note_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_note_person_idx ON public.referrals_casenote USING btree (person_id, created_at DESC) WHERE (person_id IS NOT NULL);


--
-- Name: case_note_referral_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_note_referral_idx ON public.referrals_casenote USING btree (referral_id, created_at DESC) WHERE (referral_id IS NOT NULL);


--
-- Name: clock_breached_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clock_breached_idx ON public.referrals_slaclock USING btree (kind, grade_used, breached_before_import) INCLUDE (referral_id) WHERE ((state)::text = 'breached'::text);


--
-- Name: clock_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clock_due_idx ON public.referrals_slaclock USING btree (state, due_at);


--
-- Name: clock_escalate_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clock_escalate_idx ON public.referrals_slaclock USING btree (state, escalate_at);


--
-- Name: clock_met_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clock_met_idx ON public.referrals_slaclock USING btree (state, met_at);


--
-- Name: clock_next_escalation_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clock_next_escalation_idx ON public.referrals_slaclock USING btree (next_escalation_at) WHERE ((NOT breached_before_import) AND ((state)::text = ANY ((ARRAY['on_track'::character varying, 'at_risk'::character varying, 'breached'::character varying])::text[])));


--
-- Name: clock_warn_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clock_warn_idx ON public.referrals_slaclock USING btree (state, warn_at);


--
-- Name: cra_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cra_status_idx ON public.risk_childriskassessment USING btree (status, submitted_at);


--
-- Name: dashboards_absence_created_by_id_4bf01048; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_absence_created_by_id_4bf01048 ON public.dashboards_absence USING btree (created_by_id);


--
-- Name: dashboards_absence_user_id_c5fbf204; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_absence_user_id_c5fbf204 ON public.dashboards_absence USING btree (user_id);


--
-- Name: dashboards_capacitysettings_updated_by_id_3f068dd4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_capacitysettings_updated_by_id_3f068dd4 ON public.dashboards_capacitysettings USING btree (updated_by_id);


--
-- Name: dashboards_dailycompliance_agency_id_b5a8db81; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_dailycompliance_agency_id_b5a8db81 ON public.dashboards_dailycompliance USING btree (agency_id);


--
-- Name: dashboards_dailycompliance_local_authority_id_57b83290; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_dailycompliance_local_authority_id_57b83290 ON public.dashboards_dailycompliance USING btree (local_authority_id);


--
-- Name: dashboards_dailyflow_local_authority_id_700387e8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_dailyflow_local_authority_id_700387e8 ON public.dashboards_dailyflow USING btree (local_authority_id);


--
-- Name: dashboards_rosterhours_user_id_239fe242; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_rosterhours_user_id_239fe242 ON public.dashboards_rosterhours USING btree (user_id);


--
-- Name: dashboards_teamschannel_name_e1c71b14_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_teamschannel_name_e1c71b14_like ON public.dashboards_teamschannel USING btree (name varchar_pattern_ops);


--
-- Name: dashboards_teamspost_channel_id_c5a08f15; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dashboards_teamspost_channel_id_c5a08f15 ON public.dashboards_teamspost USING btree (channel_id);


--
-- Name: django_admin_log_content_type_id_c4bce8eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_content_type_id_c4bce8eb ON public.django_admin_log USING btree (content_type_id);


--
-- Name: django_admin_log_user_id_c564eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_user_id_c564eba6 ON public.django_admin_log USING btree (user_id);


--
-- Name: django_session_expire_date_a5c62663; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_expire_date_a5c62663 ON public.django_session USING btree (expire_date);


--
-- Name: django_session_session_key_c0390e0f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_session_key_c0390e0f_like ON public.django_session USING btree (session_key varchar_pattern_ops);


--
-- Name: draft_owner_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX draft_owner_idx ON public.referrals_referraldraft USING btree (owner_id, updated_at DESC);


--
-- Name: duty_rota_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX duty_rota_area_idx ON public.referrals_dutyrota USING btree (area_id, supervisor_id);


--
-- Name: flag_review_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flag_review_idx ON public.risk_undergradingflag USING btree (status, raised_at);


--
-- Name: guardian_gr_group_i_9e7d12_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_gr_group_i_9e7d12_idx ON public.guardian_groupobjectpermission USING btree (group_id, content_type_id, object_pk);


--
-- Name: guardian_gr_permiss_83545c_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_gr_permiss_83545c_idx ON public.guardian_groupobjectpermission USING btree (permission_id, group_id, content_type_id, object_pk);


--
-- Name: guardian_groupobjectpermission_content_type_id_7ade36b8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_groupobjectpermission_content_type_id_7ade36b8 ON public.guardian_groupobjectpermission USING btree (content_type_id);


--
-- Name: guardian_groupobjectpermission_group_id_4bbbfb62; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_groupobjectpermission_group_id_4bbbfb62 ON public.guardian_groupobjectpermission USING btree (group_id);


--
-- Name: guardian_groupobjectpermission_permission_id_36572738; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_groupobjectpermission_permission_id_36572738 ON public.guardian_groupobjectpermission USING btree (permission_id);


--
-- Name: guardian_us_permiss_e5749c_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_us_permiss_e5749c_idx ON public.guardian_userobjectpermission USING btree (permission_id, user_id, content_type_id, object_pk);


--
-- Name: guardian_us_user_id_8eae14_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_us_user_id_8eae14_idx ON public.guardian_userobjectpermission USING btree (user_id, content_type_id, object_pk);


--
-- Name: guardian_userobjectpermission_content_type_id_2e892405; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_userobjectpermission_content_type_id_2e892405 ON public.guardian_userobjectpermission USING btree (content_type_id);


--
-- Name: guardian_userobjectpermission_permission_id_71807bfc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_userobjectpermission_permission_id_71807bfc ON public.guardian_userobjectpermission USING btree (permission_id);


--
-- Name: guardian_userobjectpermission_user_id_d5c1e964; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardian_userobjectpermission_user_id_d5c1e964 ON public.guardian_userobjectpermission USING btree (user_id);


--
-- Name: isr_agency_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX isr_agency_idx ON public.partners_informationrequest USING btree (agency_id, created_at DESC);


--
-- Name: match_pending_candidate_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX match_pending_candidate_idx ON public.referrals_personmatch USING btree (candidate_id, subject_id) WHERE (probable AND ((status)::text = 'suggested'::text));


--
-- Name: match_pending_probable_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX match_pending_probable_idx ON public.referrals_personmatch USING btree (subject_id, candidate_id) WHERE (probable AND ((status)::text = 'suggested'::text));


--
-- Name: notification_unread_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_unread_idx ON public.referrals_notification USING btree (user_id, read_at);


--
-- Name: officer_feedback_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX officer_feedback_idx ON public.risk_officerfeedback USING btree (officer_id, created_at DESC);


--
-- Name: officer_submission_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX officer_submission_idx ON public.risk_officersubmission USING btree (officer_id, saved_at);


--
-- Name: one_default_quality_setting; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_default_quality_setting ON public.risk_qualityauditsetting USING btree (sample_size) WHERE (local_authority_id IS NULL);


--
-- Name: one_internal_audit_per_round; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_internal_audit_per_round ON public.risk_qualityaudit USING btree (round_id, assessment_id) WHERE ((kind)::text = 'internal'::text);


--
-- Name: one_joint_audit_per_agency; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_joint_audit_per_agency ON public.risk_qualityaudit USING btree (round_id, assessment_id, reviewer_agency_id) WHERE ((kind)::text = 'joint'::text);


--
-- Name: one_open_capacity_alert; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_open_capacity_alert ON public.dashboards_capacityalert USING btree (is_open) WHERE is_open;


--
-- Name: one_open_isr_clock_per_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_open_isr_clock_per_kind ON public.referrals_slaclock USING btree (isr_id, kind) WHERE ((isr_id IS NOT NULL) AND ((state)::text = ANY ((ARRAY['on_track'::character varying, 'at_risk'::character varying, 'breached'::character varying])::text[])));


--
-- Name: one_open_referral_clock_per_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_open_referral_clock_per_kind ON public.referrals_slaclock USING btree (referral_id, kind) WHERE ((isr_id IS NULL) AND (share_id IS NULL) AND ((state)::text = ANY ((ARRAY['on_track'::character varying, 'at_risk'::character varying, 'breached'::character varying])::text[])));


--
-- Name: one_open_share_clock_per_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_open_share_clock_per_kind ON public.referrals_slaclock USING btree (share_id, kind) WHERE ((share_id IS NOT NULL) AND ((state)::text = ANY ((ARRAY['on_track'::character varying, 'at_risk'::character varying, 'breached'::character varying])::text[])));


--
-- Name: one_partner_digest_a_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_partner_digest_a_day ON public.referrals_outboxmessage USING btree (recipient_id, digest_day) WHERE ((kind)::text = 'partner_digest'::text);


--
-- Name: one_pending_closure_per_referral; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_pending_closure_per_referral ON public.referrals_closurerequest USING btree (referral_id) WHERE ((state)::text = 'pending'::text);


--
-- Name: otp_static_staticdevice_user_id_7f9cff2b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_staticdevice_user_id_7f9cff2b ON public.otp_static_staticdevice USING btree (user_id);


--
-- Name: otp_static_statictoken_device_id_74b7c7d1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_statictoken_device_id_74b7c7d1 ON public.otp_static_statictoken USING btree (device_id);


--
-- Name: otp_static_statictoken_token_d0a51866; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_statictoken_token_d0a51866 ON public.otp_static_statictoken USING btree (token);


--
-- Name: otp_static_statictoken_token_d0a51866_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_statictoken_token_d0a51866_like ON public.otp_static_statictoken USING btree (token varchar_pattern_ops);


--
-- Name: otp_totp_totpdevice_user_id_0fb18292; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_totp_totpdevice_user_id_0fb18292 ON public.otp_totp_totpdevice USING btree (user_id);


--
-- Name: outbox_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due_idx ON public.referrals_outboxmessage USING btree (delivered_at, deliver_after);


--
-- Name: partner_notice_agency_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partner_notice_agency_idx ON public.partners_partnernotice USING btree (agency_id, created_at DESC);


--
-- Name: partner_notice_once_per_isr; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX partner_notice_once_per_isr ON public.partners_partnernotice USING btree (isr_id, recipient_id) WHERE (isr_id IS NOT NULL);


--
-- Name: partner_notice_once_per_share; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX partner_notice_once_per_share ON public.partners_partnernotice USING btree (share_id, recipient_id) WHERE (share_id IS NOT NULL);


--
-- Name: partner_notice_waiting_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partner_notice_waiting_idx ON public.partners_partnernotice USING btree (frequency, created_at) WHERE (outbox_id IS NULL);


--
-- Name: partners_agency_name_695b4a06_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_agency_name_695b4a06_like ON public.partners_agency USING btree (name varchar_pattern_ops);


--
-- Name: partners_agency_safeguarding_leads_agency_id_601ddd7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_agency_safeguarding_leads_agency_id_601ddd7f ON public.partners_agency_safeguarding_leads USING btree (agency_id);


--
-- Name: partners_agency_safeguarding_leads_user_id_2744a9cd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_agency_safeguarding_leads_user_id_2744a9cd ON public.partners_agency_safeguarding_leads USING btree (user_id);


--
-- Name: partners_agency_slug_25d4a370_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_agency_slug_25d4a370_like ON public.partners_agency USING btree (slug varchar_pattern_ops);


--
-- Name: partners_encompassnotice_agency_id_b2783036; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_encompassnotice_agency_id_b2783036 ON public.partners_encompassnotice USING btree (agency_id);


--
-- Name: partners_encompassnotice_decided_by_id_ea3057fc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_encompassnotice_decided_by_id_ea3057fc ON public.partners_encompassnotice USING btree (decided_by_id);


--
-- Name: partners_encompassnotice_referral_id_c81902fb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_encompassnotice_referral_id_c81902fb ON public.partners_encompassnotice USING btree (referral_id);


--
-- Name: partners_informationrequest_agency_id_86ee66fa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_informationrequest_agency_id_86ee66fa ON public.partners_informationrequest USING btree (agency_id);


--
-- Name: partners_informationrequest_raised_by_id_f85aa2b5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_informationrequest_raised_by_id_f85aa2b5 ON public.partners_informationrequest USING btree (raised_by_id);


--
-- Name: partners_informationrequest_responded_by_id_bb361487; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_informationrequest_responded_by_id_bb361487 ON public.partners_informationrequest USING btree (responded_by_id);


--
-- Name: partners_informationrequest_share_id_a3261953; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_informationrequest_share_id_a3261953 ON public.partners_informationrequest USING btree (share_id);


--
-- Name: partners_israttachment_isr_id_1c8e416a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_israttachment_isr_id_1c8e416a ON public.partners_israttachment USING btree (isr_id);


--
-- Name: partners_israttachment_uploaded_by_id_2094fa71; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_israttachment_uploaded_by_id_2094fa71 ON public.partners_israttachment USING btree (uploaded_by_id);


--
-- Name: partners_maracreferral_meeting_id_1f21b4d1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_maracreferral_meeting_id_1f21b4d1 ON public.partners_maracreferral USING btree (meeting_id);


--
-- Name: partners_maracreferral_referral_id_41e3da06; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_maracreferral_referral_id_41e3da06 ON public.partners_maracreferral USING btree (referral_id);


--
-- Name: partners_maracreferral_referred_by_id_4c7ddec4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_maracreferral_referred_by_id_4c7ddec4 ON public.partners_maracreferral USING btree (referred_by_id);


--
-- Name: partners_partnernotice_agency_id_2eaabb35; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnernotice_agency_id_2eaabb35 ON public.partners_partnernotice USING btree (agency_id);


--
-- Name: partners_partnernotice_isr_id_1ed19870; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnernotice_isr_id_1ed19870 ON public.partners_partnernotice USING btree (isr_id);


--
-- Name: partners_partnernotice_outbox_id_0c8bd109; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnernotice_outbox_id_0c8bd109 ON public.partners_partnernotice USING btree (outbox_id);


--
-- Name: partners_partnernotice_recipient_id_766cbae2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnernotice_recipient_id_766cbae2 ON public.partners_partnernotice USING btree (recipient_id);


--
-- Name: partners_partnernotice_share_id_87326ce5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnernotice_share_id_87326ce5 ON public.partners_partnernotice USING btree (share_id);


--
-- Name: partners_partnersystem_agency_id_d71fb9d7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnersystem_agency_id_d71fb9d7 ON public.partners_partnersystem USING btree (agency_id);


--
-- Name: partners_partnersystem_created_by_id_62157889; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnersystem_created_by_id_62157889 ON public.partners_partnersystem USING btree (created_by_id);


--
-- Name: partners_partnersystem_revoked_by_id_7325600b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnersystem_revoked_by_id_7325600b ON public.partners_partnersystem USING btree (revoked_by_id);


--
-- Name: partners_partnersystem_token_hash_aa14e14a_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_partnersystem_token_hash_aa14e14a_like ON public.partners_partnersystem USING btree (token_hash varchar_pattern_ops);


--
-- Name: partners_share_acknowledged_by_id_eaef0674; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_share_acknowledged_by_id_eaef0674 ON public.partners_share USING btree (acknowledged_by_id);


--
-- Name: partners_share_agency_id_4ae9fc8d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_share_agency_id_4ae9fc8d ON public.partners_share USING btree (agency_id);


--
-- Name: partners_share_authorised_by_id_d30d0f7a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_share_authorised_by_id_d30d0f7a ON public.partners_share USING btree (authorised_by_id);


--
-- Name: partners_share_created_by_id_3f419984; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_share_created_by_id_3f419984 ON public.partners_share USING btree (created_by_id);


--
-- Name: partners_share_referral_id_a0ff2b02; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_share_referral_id_a0ff2b02 ON public.partners_share USING btree (referral_id);


--
-- Name: partners_share_superseded_by_id_ca359064; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_share_superseded_by_id_ca359064 ON public.partners_share USING btree (superseded_by_id);


--
-- Name: partners_shareattachment_attachment_id_cc3844c8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareattachment_attachment_id_cc3844c8 ON public.partners_shareattachment USING btree (attachment_id);


--
-- Name: partners_shareattachment_share_id_d36a7664; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareattachment_share_id_d36a7664 ON public.partners_shareattachment USING btree (share_id);


--
-- Name: partners_shareauthorisationrule_grade_f64f24e3_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareauthorisationrule_grade_f64f24e3_like ON public.partners_shareauthorisationrule USING btree (grade varchar_pattern_ops);


--
-- Name: partners_shareauthorisationrule_updated_by_id_5e2c0649; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareauthorisationrule_updated_by_id_5e2c0649 ON public.partners_shareauthorisationrule USING btree (updated_by_id);


--
-- Name: partners_shareevent_acknowledged_by_id_61d8ff02; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_acknowledged_by_id_61d8ff02 ON public.partners_shareevent USING btree (acknowledged_by_id);


--
-- Name: partners_shareevent_agency_id_218e27ae; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_agency_id_218e27ae ON public.partners_shareevent USING btree (agency_id);


--
-- Name: partners_shareevent_authorised_by_id_daee77a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_authorised_by_id_daee77a3 ON public.partners_shareevent USING btree (authorised_by_id);


--
-- Name: partners_shareevent_created_by_id_9d1cfb02; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_created_by_id_9d1cfb02 ON public.partners_shareevent USING btree (created_by_id);


--
-- Name: partners_shareevent_pgh_context_id_81447313; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_pgh_context_id_81447313 ON public.partners_shareevent USING btree (pgh_context_id);


--
-- Name: partners_shareevent_pgh_obj_id_ef172a8b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_pgh_obj_id_ef172a8b ON public.partners_shareevent USING btree (pgh_obj_id);


--
-- Name: partners_shareevent_referral_id_faaa6f5a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_referral_id_faaa6f5a ON public.partners_shareevent USING btree (referral_id);


--
-- Name: partners_shareevent_superseded_by_id_5b969949; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareevent_superseded_by_id_5b969949 ON public.partners_shareevent USING btree (superseded_by_id);


--
-- Name: partners_sharegroupobjectpermission_content_object_id_86d0514a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_sharegroupobjectpermission_content_object_id_86d0514a ON public.partners_sharegroupobjectpermission USING btree (content_object_id);


--
-- Name: partners_sharegroupobjectpermission_group_id_5d0d4cdd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_sharegroupobjectpermission_group_id_5d0d4cdd ON public.partners_sharegroupobjectpermission USING btree (group_id);


--
-- Name: partners_sharegroupobjectpermission_permission_id_b4a553f9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_sharegroupobjectpermission_permission_id_b4a553f9 ON public.partners_sharegroupobjectpermission USING btree (permission_id);


--
-- Name: partners_sharemessage_author_id_5a21aad3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_sharemessage_author_id_5a21aad3 ON public.partners_sharemessage USING btree (author_id);


--
-- Name: partners_sharemessage_share_id_d915aa6a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_sharemessage_share_id_d915aa6a ON public.partners_sharemessage USING btree (share_id);


--
-- Name: partners_sharemessageattachment_message_id_15c69d58; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_sharemessageattachment_message_id_15c69d58 ON public.partners_sharemessageattachment USING btree (message_id);


--
-- Name: partners_sharemessageattachment_uploaded_by_id_5c1ed606; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_sharemessageattachment_uploaded_by_id_5c1ed606 ON public.partners_sharemessageattachment USING btree (uploaded_by_id);


--
-- Name: partners_shareresponse_declined_by_id_60df28be; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareresponse_declined_by_id_60df28be ON public.partners_shareresponse USING btree (declined_by_id);


--
-- Name: partners_shareresponse_outcome_by_id_5ce2a496; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareresponse_outcome_by_id_5ce2a496 ON public.partners_shareresponse USING btree (outcome_by_id);


--
-- Name: partners_shareuserobjectpermission_content_object_id_131623dd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareuserobjectpermission_content_object_id_131623dd ON public.partners_shareuserobjectpermission USING btree (content_object_id);


--
-- Name: partners_shareuserobjectpermission_permission_id_4ce77ab8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareuserobjectpermission_permission_id_4ce77ab8 ON public.partners_shareuserobjectpermission USING btree (permission_id);


--
-- Name: partners_shareuserobjectpermission_user_id_04815ed1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_shareuserobjectpermission_user_id_04815ed1 ON public.partners_shareuserobjectpermission USING btree (user_id);


--
-- Name: partners_webhookattempt_delivery_id_0e1228cf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookattempt_delivery_id_0e1228cf ON public.partners_webhookattempt USING btree (delivery_id);


--
-- Name: partners_webhookdelivery_event_id_5a34bddc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookdelivery_event_id_5a34bddc ON public.partners_webhookdelivery USING btree (event_id);


--
-- Name: partners_webhookdelivery_replay_of_id_396b4115; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookdelivery_replay_of_id_396b4115 ON public.partners_webhookdelivery USING btree (replay_of_id);


--
-- Name: partners_webhookdelivery_replayed_by_id_43dfd9dd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookdelivery_replayed_by_id_43dfd9dd ON public.partners_webhookdelivery USING btree (replayed_by_id);


--
-- Name: partners_webhookdelivery_subscription_id_b61ff4e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookdelivery_subscription_id_b61ff4e5 ON public.partners_webhookdelivery USING btree (subscription_id);


--
-- Name: partners_webhookevent_agency_id_f0e9cbf6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookevent_agency_id_f0e9cbf6 ON public.partners_webhookevent USING btree (agency_id);


--
-- Name: partners_webhookevent_isr_id_8d101801; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookevent_isr_id_8d101801 ON public.partners_webhookevent USING btree (isr_id);


--
-- Name: partners_webhookevent_message_id_09793468; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookevent_message_id_09793468 ON public.partners_webhookevent USING btree (message_id);


--
-- Name: partners_webhookevent_share_id_04576635; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookevent_share_id_04576635 ON public.partners_webhookevent USING btree (share_id);


--
-- Name: partners_webhookevent_uid_acc54eb0_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhookevent_uid_acc54eb0_like ON public.partners_webhookevent USING btree (uid varchar_pattern_ops);


--
-- Name: partners_webhooksubscription_agency_id_dde6ef4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhooksubscription_agency_id_dde6ef4b ON public.partners_webhooksubscription USING btree (agency_id);


--
-- Name: partners_webhooksubscription_created_by_id_d4151b11; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partners_webhooksubscription_created_by_id_d4151b11 ON public.partners_webhooksubscription USING btree (created_by_id);


--
-- Name: person_address_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_address_trgm ON public.referrals_person USING gin (lower((address)::text) public.gin_trgm_ops);


--
-- Name: person_first_name_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_first_name_trgm ON public.referrals_person USING gin (lower((first_name)::text) public.gin_trgm_ops);


--
-- Name: person_last_name_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_last_name_trgm ON public.referrals_person USING gin (lower((last_name)::text) public.gin_trgm_ops);


--
-- Name: person_live_birth; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_live_birth ON public.referrals_person USING btree (date_of_birth) INCLUDE (id, first_name, last_name, address, postcode) WHERE (merged_into_id IS NULL);


--
-- Name: person_live_first; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_live_first ON public.referrals_person USING btree (lower((first_name)::text)) WHERE (merged_into_id IS NULL);


--
-- Name: person_live_last_first_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_live_last_first_id ON public.referrals_person USING btree (lower((last_name)::text), lower((first_name)::text), id) WHERE (merged_into_id IS NULL);


--
-- Name: person_name_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_name_trgm ON public.referrals_personname USING gin (name public.gin_trgm_ops);


--
-- Name: person_postcode_compact; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_postcode_compact ON public.referrals_person USING btree (upper(replace((postcode)::text, ' '::text, ''::text)));


--
-- Name: person_postcode_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_postcode_idx ON public.referrals_person USING btree (postcode);


--
-- Name: quality_assessor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quality_assessor_idx ON public.risk_qualityaudit USING btree (assessor_id, status);


--
-- Name: quality_joint_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quality_joint_idx ON public.risk_qualityaudit USING btree (reviewer_agency_id, status);


--
-- Name: referral_external_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX referral_external_id_unique ON public.referrals_referral USING btree (external_id, source_system) WHERE (NOT ((external_id)::text = ''::text));


--
-- Name: referral_incident_reference_upper; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_incident_reference_upper ON public.referrals_referral USING btree (upper((incident_reference)::text));


--
-- Name: referral_officer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_officer_idx ON public.referrals_referral USING btree (submitted_by_id, received_at DESC);


--
-- Name: referral_open_age_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_open_age_idx ON public.referrals_referral USING btree (received_at, id) INCLUDE (status, current_grade, provisional_grade, local_authority_id, unassessed_children_count) WHERE ((status)::text = ANY ((ARRAY['submitted'::character varying, 'in_triage'::character varying, 'returned_to_officer'::character varying, 'awaiting_approval'::character varying, 'returned'::character varying, 'approved'::character varying])::text[]));


--
-- Name: referral_open_incident_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_open_incident_idx ON public.referrals_referral USING btree (upper((incident_reference)::text)) WHERE ((status)::text = ANY ((ARRAY['submitted'::character varying, 'in_triage'::character varying, 'returned_to_officer'::character varying, 'awaiting_approval'::character varying, 'returned'::character varying, 'approved'::character varying])::text[]));


--
-- Name: referral_open_queue_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_open_queue_idx ON public.referrals_referral USING btree (priority_score DESC, received_at, id) WHERE ((status)::text = ANY ((ARRAY['submitted'::character varying, 'in_triage'::character varying, 'returned_to_officer'::character varying, 'awaiting_approval'::character varying, 'returned'::character varying, 'approved'::character varying])::text[]));


--
-- Name: referral_open_reference_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_open_reference_idx ON public.referrals_referral USING btree (upper((reference)::text)) WHERE ((status)::text = ANY ((ARRAY['submitted'::character varying, 'in_triage'::character varying, 'returned_to_officer'::character varying, 'awaiting_approval'::character varying, 'returned'::character varying, 'approved'::character varying])::text[]));


--
-- Name: referral_priority_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_priority_due_idx ON public.referrals_referral USING btree (priority_due_at) WHERE ((status)::text = ANY ((ARRAY['submitted'::character varying, 'in_triage'::character varying, 'returned_to_officer'::character varying, 'awaiting_approval'::character varying, 'returned'::character varying, 'approved'::character varying])::text[]));


--
-- Name: referral_queue_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_queue_idx ON public.referrals_referral USING btree (status, priority_score DESC);


--
-- Name: referral_received_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_received_idx ON public.referrals_referral USING btree (received_at, id) INCLUDE (status, local_authority_id, submitted_by_id, current_grade, incident_type_id, child_count, voiced_children_count, reason_only_children_count, sent_children_count, complete_children_count);


--
-- Name: referrals_casenote_author_id_f41c9a3d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenote_author_id_f41c9a3d ON public.referrals_casenote USING btree (author_id);


--
-- Name: referrals_casenote_corrects_id_a040994c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenote_corrects_id_a040994c ON public.referrals_casenote USING btree (corrects_id);


--
-- Name: referrals_casenote_kind_id_de561a3c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenote_kind_id_de561a3c ON public.referrals_casenote USING btree (kind_id);


--
-- Name: referrals_casenote_person_id_8b40f90e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenote_person_id_8b40f90e ON public.referrals_casenote USING btree (person_id);


--
-- Name: referrals_casenote_referral_id_6e9f0304; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenote_referral_id_6e9f0304 ON public.referrals_casenote USING btree (referral_id);


--
-- Name: referrals_casenoteevent_author_id_aebf5fd8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenoteevent_author_id_aebf5fd8 ON public.referrals_casenoteevent USING btree (author_id);


--
-- Name: referrals_casenoteevent_corrects_id_2feca9fe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenoteevent_corrects_id_2feca9fe ON public.referrals_casenoteevent USING btree (corrects_id);


--
-- Name: referrals_casenoteevent_kind_id_01a3f35e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenoteevent_kind_id_01a3f35e ON public.referrals_casenoteevent USING btree (kind_id);


--
-- Name: referrals_casenoteevent_person_id_191bf109; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenoteevent_person_id_191bf109 ON public.referrals_casenoteevent USING btree (person_id);


--
-- Name: referrals_casenoteevent_pgh_context_id_113c937d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenoteevent_pgh_context_id_113c937d ON public.referrals_casenoteevent USING btree (pgh_context_id);


--
-- Name: referrals_casenoteevent_pgh_obj_id_470c6aec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenoteevent_pgh_obj_id_470c6aec ON public.referrals_casenoteevent USING btree (pgh_obj_id);


--
-- Name: referrals_casenoteevent_referral_id_9d740f6c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_casenoteevent_referral_id_9d740f6c ON public.referrals_casenoteevent USING btree (referral_id);


--
-- Name: referrals_closuredayevent_pgh_context_id_d81c6dec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_closuredayevent_pgh_context_id_d81c6dec ON public.referrals_closuredayevent USING btree (pgh_context_id);


--
-- Name: referrals_closuredayevent_pgh_obj_id_a8670991; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_closuredayevent_pgh_obj_id_a8670991 ON public.referrals_closuredayevent USING btree (pgh_obj_id);


--
-- Name: referrals_closureoutcome_code_dd1ae79c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_closureoutcome_code_dd1ae79c_like ON public.referrals_closureoutcome USING btree (code varchar_pattern_ops);


--
-- Name: referrals_closurerequest_decided_by_id_d09965f6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_closurerequest_decided_by_id_d09965f6 ON public.referrals_closurerequest USING btree (decided_by_id);


--
-- Name: referrals_closurerequest_outcome_id_d6637f42; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_closurerequest_outcome_id_d6637f42 ON public.referrals_closurerequest USING btree (outcome_id);


--
-- Name: referrals_closurerequest_referral_id_bd0cb850; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_closurerequest_referral_id_bd0cb850 ON public.referrals_closurerequest USING btree (referral_id);


--
-- Name: referrals_closurerequest_requested_by_id_988a474c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_closurerequest_requested_by_id_988a474c ON public.referrals_closurerequest USING btree (requested_by_id);


--
-- Name: referrals_dutyrota_area_id_e73aa239; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_dutyrota_area_id_e73aa239 ON public.referrals_dutyrota USING btree (area_id);


--
-- Name: referrals_dutyrota_created_by_id_ef478e26; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_dutyrota_created_by_id_ef478e26 ON public.referrals_dutyrota USING btree (created_by_id);


--
-- Name: referrals_dutyrota_supervisor_id_021ec5dd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_dutyrota_supervisor_id_021ec5dd ON public.referrals_dutyrota USING btree (supervisor_id);


--
-- Name: referrals_escalation_clock_id_fc38a69a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_escalation_clock_id_fc38a69a ON public.referrals_escalation USING btree (clock_id);


--
-- Name: referrals_escalation_recipient_id_e9560b77; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_escalation_recipient_id_e9560b77 ON public.referrals_escalation USING btree (recipient_id);


--
-- Name: referrals_importdigest_job_id_2763f918; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_importdigest_job_id_2763f918 ON public.referrals_importdigest USING btree (job_id);


--
-- Name: referrals_importdigest_recipient_id_152644a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_importdigest_recipient_id_152644a3 ON public.referrals_importdigest USING btree (recipient_id);


--
-- Name: referrals_importjob_uploaded_by_id_b0249786; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_importjob_uploaded_by_id_b0249786 ON public.referrals_importjob USING btree (uploaded_by_id);


--
-- Name: referrals_incidenttype_code_844edb25_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_incidenttype_code_844edb25_like ON public.referrals_incidenttype USING btree (code varchar_pattern_ops);


--
-- Name: referrals_integrationclient_created_by_id_a8ab754f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_integrationclient_created_by_id_a8ab754f ON public.referrals_integrationclient USING btree (created_by_id);


--
-- Name: referrals_integrationclient_name_dd885ff1_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_integrationclient_name_dd885ff1_like ON public.referrals_integrationclient USING btree (name varchar_pattern_ops);


--
-- Name: referrals_integrationclient_source_system_36c490dd_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_integrationclient_source_system_36c490dd_like ON public.referrals_integrationclient USING btree (source_system varchar_pattern_ops);


--
-- Name: referrals_integrationclient_token_hash_a14af8d1_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_integrationclient_token_hash_a14af8d1_like ON public.referrals_integrationclient USING btree (token_hash varchar_pattern_ops);


--
-- Name: referrals_matchthresholdsevent_pgh_context_id_1255d57b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_matchthresholdsevent_pgh_context_id_1255d57b ON public.referrals_matchthresholdsevent USING btree (pgh_context_id);


--
-- Name: referrals_matchthresholdsevent_pgh_obj_id_96b9a022; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_matchthresholdsevent_pgh_obj_id_96b9a022 ON public.referrals_matchthresholdsevent USING btree (pgh_obj_id);


--
-- Name: referrals_notekind_code_2739caa4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_notekind_code_2739caa4_like ON public.referrals_notekind USING btree (code varchar_pattern_ops);


--
-- Name: referrals_notification_user_id_d1dc2b74; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_notification_user_id_d1dc2b74 ON public.referrals_notification USING btree (user_id);


--
-- Name: referrals_outboxmessage_recipient_id_001a969d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_outboxmessage_recipient_id_001a969d ON public.referrals_outboxmessage USING btree (recipient_id);


--
-- Name: referrals_person_merged_into_id_94b6a79d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_person_merged_into_id_94b6a79d ON public.referrals_person USING btree (merged_into_id);


--
-- Name: referrals_personmatch_candidate_id_862d694f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_personmatch_candidate_id_862d694f ON public.referrals_personmatch USING btree (candidate_id);


--
-- Name: referrals_personmatch_decided_by_id_2152e1eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_personmatch_decided_by_id_2152e1eb ON public.referrals_personmatch USING btree (decided_by_id);


--
-- Name: referrals_personmatch_subject_id_17f9cf50; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_personmatch_subject_id_17f9cf50 ON public.referrals_personmatch USING btree (subject_id);


--
-- Name: referrals_postcodedistrict_district_b020a327_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_postcodedistrict_district_b020a327_like ON public.referrals_postcodedistrict USING btree (district varchar_pattern_ops);


--
-- Name: referrals_postcodedistrict_local_authority_id_d5b843a2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_postcodedistrict_local_authority_id_d5b843a2 ON public.referrals_postcodedistrict USING btree (local_authority_id);


--
-- Name: referrals_priorityweight_code_a7eadf24_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_priorityweight_code_a7eadf24_like ON public.referrals_priorityweight USING btree (code varchar_pattern_ops);


--
-- Name: referrals_referral_allocated_to_id_f8b7c821; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_allocated_to_id_f8b7c821 ON public.referrals_referral USING btree (allocated_to_id);


--
-- Name: referrals_referral_closure_outcome_id_51ab4e7b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_closure_outcome_id_51ab4e7b ON public.referrals_referral USING btree (closure_outcome_id);


--
-- Name: referrals_referral_import_job_id_eb6340ef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_import_job_id_eb6340ef ON public.referrals_referral USING btree (import_job_id);


--
-- Name: referrals_referral_incident_type_id_6ef10a75; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_incident_type_id_6ef10a75 ON public.referrals_referral USING btree (incident_type_id);


--
-- Name: referrals_referral_local_authority_id_32b0c981; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_local_authority_id_32b0c981 ON public.referrals_referral USING btree (local_authority_id);


--
-- Name: referrals_referral_merged_into_id_ee8883ed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_merged_into_id_ee8883ed ON public.referrals_referral USING btree (merged_into_id);


--
-- Name: referrals_referral_reference_4ecf22d5_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_reference_4ecf22d5_like ON public.referrals_referral USING btree (reference varchar_pattern_ops);


--
-- Name: referrals_referral_returned_by_id_81869b4a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_returned_by_id_81869b4a ON public.referrals_referral USING btree (returned_by_id);


--
-- Name: referrals_referral_submitted_by_id_94f7e990; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referral_submitted_by_id_94f7e990 ON public.referrals_referral USING btree (submitted_by_id);


--
-- Name: referrals_referralattachment_referral_id_7e4381e7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralattachment_referral_id_7e4381e7 ON public.referrals_referralattachment USING btree (referral_id);


--
-- Name: referrals_referralattachment_uploaded_by_id_134ac0e3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralattachment_uploaded_by_id_134ac0e3 ON public.referrals_referralattachment USING btree (uploaded_by_id);


--
-- Name: referrals_referraldraft_owner_id_ea8dc4d6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referraldraft_owner_id_ea8dc4d6 ON public.referrals_referraldraft USING btree (owner_id);


--
-- Name: referrals_referralevent_allocated_to_id_31e9c36a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_allocated_to_id_31e9c36a ON public.referrals_referralevent USING btree (allocated_to_id);


--
-- Name: referrals_referralevent_closure_outcome_id_50588bf0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_closure_outcome_id_50588bf0 ON public.referrals_referralevent USING btree (closure_outcome_id);


--
-- Name: referrals_referralevent_import_job_id_10f9b7cd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_import_job_id_10f9b7cd ON public.referrals_referralevent USING btree (import_job_id);


--
-- Name: referrals_referralevent_incident_type_id_7cd7dae4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_incident_type_id_7cd7dae4 ON public.referrals_referralevent USING btree (incident_type_id);


--
-- Name: referrals_referralevent_local_authority_id_1c9bf186; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_local_authority_id_1c9bf186 ON public.referrals_referralevent USING btree (local_authority_id);


--
-- Name: referrals_referralevent_merged_into_id_cc8ce988; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_merged_into_id_cc8ce988 ON public.referrals_referralevent USING btree (merged_into_id);


--
-- Name: referrals_referralevent_pgh_context_id_d551d464; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_pgh_context_id_d551d464 ON public.referrals_referralevent USING btree (pgh_context_id);


--
-- Name: referrals_referralevent_pgh_obj_id_1cd2ded0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_pgh_obj_id_1cd2ded0 ON public.referrals_referralevent USING btree (pgh_obj_id);


--
-- Name: referrals_referralevent_returned_by_id_6be94770; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_returned_by_id_6be94770 ON public.referrals_referralevent USING btree (returned_by_id);


--
-- Name: referrals_referralevent_submitted_by_id_938db94f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralevent_submitted_by_id_938db94f ON public.referrals_referralevent USING btree (submitted_by_id);


--
-- Name: referrals_referralsubject_person_id_889db507; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralsubject_person_id_889db507 ON public.referrals_referralsubject USING btree (person_id);


--
-- Name: referrals_referralsubject_referral_id_a4e2cebf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralsubject_referral_id_a4e2cebf ON public.referrals_referralsubject USING btree (referral_id);


--
-- Name: referrals_referralsubjectevent_person_id_f068b51f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralsubjectevent_person_id_f068b51f ON public.referrals_referralsubjectevent USING btree (person_id);


--
-- Name: referrals_referralsubjectevent_pgh_context_id_88a2d3ea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralsubjectevent_pgh_context_id_88a2d3ea ON public.referrals_referralsubjectevent USING btree (pgh_context_id);


--
-- Name: referrals_referralsubjectevent_pgh_obj_id_1a958151; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralsubjectevent_pgh_obj_id_1a958151 ON public.referrals_referralsubjectevent USING btree (pgh_obj_id);


--
-- Name: referrals_referralsubjectevent_referral_id_fbc650ea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_referralsubjectevent_referral_id_fbc650ea ON public.referrals_referralsubjectevent USING btree (referral_id);


--
-- Name: referrals_slaclock_isr_id_70a3a7ce; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slaclock_isr_id_70a3a7ce ON public.referrals_slaclock USING btree (isr_id);


--
-- Name: referrals_slaclock_policy_id_2cdc5f56; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slaclock_policy_id_2cdc5f56 ON public.referrals_slaclock USING btree (policy_id);


--
-- Name: referrals_slaclock_referral_id_91f1e6b8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slaclock_referral_id_91f1e6b8 ON public.referrals_slaclock USING btree (referral_id);


--
-- Name: referrals_slaclock_share_id_4b5e8ea7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slaclock_share_id_4b5e8ea7 ON public.referrals_slaclock USING btree (share_id);


--
-- Name: referrals_slapolicyversion_created_by_id_8e66041a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slapolicyversion_created_by_id_8e66041a ON public.referrals_slapolicyversion USING btree (created_by_id);


--
-- Name: referrals_slapolicyversionevent_created_by_id_cf63c8d5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slapolicyversionevent_created_by_id_cf63c8d5 ON public.referrals_slapolicyversionevent USING btree (created_by_id);


--
-- Name: referrals_slapolicyversionevent_pgh_context_id_972075c6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slapolicyversionevent_pgh_context_id_972075c6 ON public.referrals_slapolicyversionevent USING btree (pgh_context_id);


--
-- Name: referrals_slapolicyversionevent_pgh_obj_id_52c282df; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slapolicyversionevent_pgh_obj_id_52c282df ON public.referrals_slapolicyversionevent USING btree (pgh_obj_id);


--
-- Name: referrals_slatarget_policy_id_74b9db30; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slatarget_policy_id_74b9db30 ON public.referrals_slatarget USING btree (policy_id);


--
-- Name: referrals_slatargetevent_pgh_context_id_adaef418; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slatargetevent_pgh_context_id_adaef418 ON public.referrals_slatargetevent USING btree (pgh_context_id);


--
-- Name: referrals_slatargetevent_pgh_obj_id_f2a865e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slatargetevent_pgh_obj_id_f2a865e5 ON public.referrals_slatargetevent USING btree (pgh_obj_id);


--
-- Name: referrals_slatargetevent_policy_id_6ee63a64; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_slatargetevent_policy_id_6ee63a64 ON public.referrals_slatargetevent USING btree (policy_id);


--
-- Name: referrals_termdates_local_authority_id_fa87b681; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referrals_termdates_local_authority_id_fa87b681 ON public.referrals_termdates USING btree (local_authority_id);


--
-- Name: retention_queue_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX retention_queue_idx ON public.audit_retentionreview USING btree (status, review_due);


--
-- Name: risk_areacontact_area_id_8c930b11; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_areacontact_area_id_8c930b11 ON public.risk_areacontact USING btree (area_id);


--
-- Name: risk_areacontact_user_id_c7ac2a41; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_areacontact_user_id_c7ac2a41 ON public.risk_areacontact USING btree (user_id);


--
-- Name: risk_childriskassessment_assessor_id_1c4a3509; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessment_assessor_id_1c4a3509 ON public.risk_childriskassessment USING btree (assessor_id);


--
-- Name: risk_childriskassessment_e_childriskassessment_id_4c788702; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessment_e_childriskassessment_id_4c788702 ON public.risk_childriskassessment_editors USING btree (childriskassessment_id);


--
-- Name: risk_childriskassessment_editors_user_id_ec43a1c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessment_editors_user_id_ec43a1c0 ON public.risk_childriskassessment_editors USING btree (user_id);


--
-- Name: risk_childriskassessment_model_version_id_88749305; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessment_model_version_id_88749305 ON public.risk_childriskassessment USING btree (model_version_id);


--
-- Name: risk_childriskassessment_referral_id_275d8fbe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessment_referral_id_275d8fbe ON public.risk_childriskassessment USING btree (referral_id);


--
-- Name: risk_childriskassessmentevent_assessor_id_2e116d80; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessmentevent_assessor_id_2e116d80 ON public.risk_childriskassessmentevent USING btree (assessor_id);


--
-- Name: risk_childriskassessmentevent_model_version_id_a290b464; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessmentevent_model_version_id_a290b464 ON public.risk_childriskassessmentevent USING btree (model_version_id);


--
-- Name: risk_childriskassessmentevent_pgh_context_id_85804251; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessmentevent_pgh_context_id_85804251 ON public.risk_childriskassessmentevent USING btree (pgh_context_id);


--
-- Name: risk_childriskassessmentevent_pgh_obj_id_da3ea011; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessmentevent_pgh_obj_id_da3ea011 ON public.risk_childriskassessmentevent USING btree (pgh_obj_id);


--
-- Name: risk_childriskassessmentevent_referral_id_49387779; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessmentevent_referral_id_49387779 ON public.risk_childriskassessmentevent USING btree (referral_id);


--
-- Name: risk_childriskassessmentevent_subject_id_bbc017d4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_childriskassessmentevent_subject_id_bbc017d4 ON public.risk_childriskassessmentevent USING btree (subject_id);


--
-- Name: risk_daquestion_code_affb7914; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_daquestion_code_affb7914 ON public.risk_daquestion USING btree (code);


--
-- Name: risk_daquestion_code_affb7914_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_daquestion_code_affb7914_like ON public.risk_daquestion USING btree (code varchar_pattern_ops);


--
-- Name: risk_daquestion_version_id_1aab4ddb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_daquestion_version_id_1aab4ddb ON public.risk_daquestion USING btree (version_id);


--
-- Name: risk_daquestionevent_pgh_context_id_93c19004; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_daquestionevent_pgh_context_id_93c19004 ON public.risk_daquestionevent USING btree (pgh_context_id);


--
-- Name: risk_daquestionevent_pgh_obj_id_fb96c20f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_daquestionevent_pgh_obj_id_fb96c20f ON public.risk_daquestionevent USING btree (pgh_obj_id);


--
-- Name: risk_daquestionevent_version_id_1b22ea68; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_daquestionevent_version_id_1b22ea68 ON public.risk_daquestionevent USING btree (version_id);


--
-- Name: risk_forcehighcombination_version_id_d6f987ce; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_forcehighcombination_version_id_d6f987ce ON public.risk_forcehighcombination USING btree (version_id);


--
-- Name: risk_forcehighcombinationevent_pgh_context_id_b5f56166; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_forcehighcombinationevent_pgh_context_id_b5f56166 ON public.risk_forcehighcombinationevent USING btree (pgh_context_id);


--
-- Name: risk_forcehighcombinationevent_pgh_obj_id_0a03b474; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_forcehighcombinationevent_pgh_obj_id_0a03b474 ON public.risk_forcehighcombinationevent USING btree (pgh_obj_id);


--
-- Name: risk_forcehighcombinationevent_version_id_b0c6926f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_forcehighcombinationevent_version_id_b0c6926f ON public.risk_forcehighcombinationevent USING btree (version_id);


--
-- Name: risk_gradechange_changed_by_id_5188eedc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_gradechange_changed_by_id_5188eedc ON public.risk_gradechange USING btree (changed_by_id);


--
-- Name: risk_gradechange_referral_id_d59cbcf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_gradechange_referral_id_d59cbcf9 ON public.risk_gradechange USING btree (referral_id);


--
-- Name: risk_indicatorcatalogueversion_created_by_id_42473bd2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_indicatorcatalogueversion_created_by_id_42473bd2 ON public.risk_indicatorcatalogueversion USING btree (created_by_id);


--
-- Name: risk_officeraudit_area_id_828a80f0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officeraudit_area_id_828a80f0 ON public.risk_officeraudit USING btree (area_id);


--
-- Name: risk_officeraudit_officer_id_db2f96e1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officeraudit_officer_id_db2f96e1 ON public.risk_officeraudit USING btree (officer_id);


--
-- Name: risk_officeraudit_reviewer_id_4a9d432d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officeraudit_reviewer_id_4a9d432d ON public.risk_officeraudit USING btree (reviewer_id);


--
-- Name: risk_officeraudit_round_id_b936ce66; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officeraudit_round_id_b936ce66 ON public.risk_officeraudit USING btree (round_id);


--
-- Name: risk_officeraudit_submission_id_621fbca5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officeraudit_submission_id_621fbca5 ON public.risk_officeraudit USING btree (submission_id);


--
-- Name: risk_officeraudit_team_id_7fb75b8f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officeraudit_team_id_7fb75b8f ON public.risk_officeraudit USING btree (team_id);


--
-- Name: risk_officerfeedback_officer_id_e962954c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officerfeedback_officer_id_e962954c ON public.risk_officerfeedback USING btree (officer_id);


--
-- Name: risk_officerfeedback_referral_id_d29a5b12; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officerfeedback_referral_id_d29a5b12 ON public.risk_officerfeedback USING btree (referral_id);


--
-- Name: risk_officerfeedback_sender_id_32d7bced; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officerfeedback_sender_id_32d7bced ON public.risk_officerfeedback USING btree (sender_id);


--
-- Name: risk_officerposting_area_id_9abe1d10; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officerposting_area_id_9abe1d10 ON public.risk_officerposting USING btree (area_id);


--
-- Name: risk_officersubmission_officer_id_aaeccabe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officersubmission_officer_id_aaeccabe ON public.risk_officersubmission USING btree (officer_id);


--
-- Name: risk_officersubmission_referral_id_a1b05819; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_officersubmission_referral_id_a1b05819 ON public.risk_officersubmission USING btree (referral_id);


--
-- Name: risk_policingarea_name_57a5eb43_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_policingarea_name_57a5eb43_like ON public.risk_policingarea USING btree (name varchar_pattern_ops);


--
-- Name: risk_policingareacover_area_id_1b841550; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_policingareacover_area_id_1b841550 ON public.risk_policingareacover USING btree (area_id);


--
-- Name: risk_qualityaudit_assessment_id_b3bdd242; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_assessment_id_b3bdd242 ON public.risk_qualityaudit USING btree (assessment_id);


--
-- Name: risk_qualityaudit_assessor_id_84191034; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_assessor_id_84191034 ON public.risk_qualityaudit USING btree (assessor_id);


--
-- Name: risk_qualityaudit_local_authority_id_e30b6635; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_local_authority_id_e30b6635 ON public.risk_qualityaudit USING btree (local_authority_id);


--
-- Name: risk_qualityaudit_reviewer_agency_id_9c4563e4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_reviewer_agency_id_9c4563e4 ON public.risk_qualityaudit USING btree (reviewer_agency_id);


--
-- Name: risk_qualityaudit_reviewer_id_513d2040; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_reviewer_id_513d2040 ON public.risk_qualityaudit USING btree (reviewer_id);


--
-- Name: risk_qualityaudit_round_id_f672268a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_round_id_f672268a ON public.risk_qualityaudit USING btree (round_id);


--
-- Name: risk_qualityaudit_share_id_1652fc5e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_share_id_1652fc5e ON public.risk_qualityaudit USING btree (share_id);


--
-- Name: risk_qualityaudit_team_id_8f02bf20; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityaudit_team_id_8f02bf20 ON public.risk_qualityaudit USING btree (team_id);


--
-- Name: risk_qualityauditround_created_by_id_f8314147; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityauditround_created_by_id_f8314147 ON public.risk_qualityauditround USING btree (created_by_id);


--
-- Name: risk_qualityteam_name_744bd2ee_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityteam_name_744bd2ee_like ON public.risk_qualityteam USING btree (name varchar_pattern_ops);


--
-- Name: risk_qualityteammember_team_id_3bac64e1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_qualityteammember_team_id_3bac64e1 ON public.risk_qualityteammember USING btree (team_id);


--
-- Name: risk_riskfactor_code_089cac0c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskfactor_code_089cac0c ON public.risk_riskfactor USING btree (code);


--
-- Name: risk_riskfactor_code_089cac0c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskfactor_code_089cac0c_like ON public.risk_riskfactor USING btree (code varchar_pattern_ops);


--
-- Name: risk_riskfactor_version_id_b810ff0f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskfactor_version_id_b810ff0f ON public.risk_riskfactor USING btree (version_id);


--
-- Name: risk_riskfactorevent_pgh_context_id_44d5c1dd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskfactorevent_pgh_context_id_44d5c1dd ON public.risk_riskfactorevent USING btree (pgh_context_id);


--
-- Name: risk_riskfactorevent_pgh_obj_id_4ec6ef87; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskfactorevent_pgh_obj_id_4ec6ef87 ON public.risk_riskfactorevent USING btree (pgh_obj_id);


--
-- Name: risk_riskfactorevent_version_id_764cd7a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskfactorevent_version_id_764cd7a4 ON public.risk_riskfactorevent USING btree (version_id);


--
-- Name: risk_riskmodelversion_created_by_id_871c3591; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskmodelversion_created_by_id_871c3591 ON public.risk_riskmodelversion USING btree (created_by_id);


--
-- Name: risk_riskmodelversionevent_created_by_id_13ccfbcc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskmodelversionevent_created_by_id_13ccfbcc ON public.risk_riskmodelversionevent USING btree (created_by_id);


--
-- Name: risk_riskmodelversionevent_pgh_context_id_841a3b07; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskmodelversionevent_pgh_context_id_841a3b07 ON public.risk_riskmodelversionevent USING btree (pgh_context_id);


--
-- Name: risk_riskmodelversionevent_pgh_obj_id_48ccba11; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_riskmodelversionevent_pgh_obj_id_48ccba11 ON public.risk_riskmodelversionevent USING btree (pgh_obj_id);


--
-- Name: risk_risksignal_referral_id_43afa114; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_risksignal_referral_id_43afa114 ON public.risk_risksignal USING btree (referral_id);


--
-- Name: risk_risksignal_version_id_f9b2bb28; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_risksignal_version_id_f9b2bb28 ON public.risk_risksignal USING btree (version_id);


--
-- Name: risk_supervisordecision_assessment_id_a52e8a29; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_supervisordecision_assessment_id_a52e8a29 ON public.risk_supervisordecision USING btree (assessment_id);


--
-- Name: risk_supervisordecision_supervisor_id_9d39c234; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_supervisordecision_supervisor_id_9d39c234 ON public.risk_supervisordecision USING btree (supervisor_id);


--
-- Name: risk_supervisordecisionevent_assessment_id_dc12ef87; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_supervisordecisionevent_assessment_id_dc12ef87 ON public.risk_supervisordecisionevent USING btree (assessment_id);


--
-- Name: risk_supervisordecisionevent_pgh_context_id_14b94707; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_supervisordecisionevent_pgh_context_id_14b94707 ON public.risk_supervisordecisionevent USING btree (pgh_context_id);


--
-- Name: risk_supervisordecisionevent_pgh_obj_id_c436e27b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_supervisordecisionevent_pgh_obj_id_c436e27b ON public.risk_supervisordecisionevent USING btree (pgh_obj_id);


--
-- Name: risk_supervisordecisionevent_supervisor_id_0d53813a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_supervisordecisionevent_supervisor_id_0d53813a ON public.risk_supervisordecisionevent USING btree (supervisor_id);


--
-- Name: risk_undergradingflag_referral_id_fc493786; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_undergradingflag_referral_id_fc493786 ON public.risk_undergradingflag USING btree (referral_id);


--
-- Name: risk_undergradingflag_resolved_by_id_af55e420; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_undergradingflag_resolved_by_id_af55e420 ON public.risk_undergradingflag USING btree (resolved_by_id);


--
-- Name: share_inbox_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX share_inbox_idx ON public.partners_share USING btree (agency_id, status, created_at DESC);


--
-- Name: share_inbox_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX share_inbox_order_idx ON public.partners_share USING btree (agency_id, inbox_done, inbox_grade_rank DESC, inbox_due_at, created_at, id) WHERE ((status)::text = 'active'::text);


--
-- Name: share_message_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX share_message_idx ON public.partners_sharemessage USING btree (share_id, created_at);


--
-- Name: signal_referral_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX signal_referral_idx ON public.risk_risksignal USING btree (referral_id, acting);


--
-- Name: subject_repeat_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX subject_repeat_idx ON public.referrals_referralsubject USING btree (referral_incident_at) INCLUDE (person_id, probable_short, probable_long, repeat_short, repeat_long, referral_area) WHERE ((NOT referral_merged) AND ((role)::text = 'child'::text) AND ((probable_short >= 3) OR (probable_long >= 3)));


--
-- Name: subject_school_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX subject_school_trgm ON public.referrals_referralsubject USING gin (lower((school)::text) public.gin_trgm_ops);


--
-- Name: user_oidc_subject_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_oidc_subject_unique ON public.accounts_user USING btree (oidc_subject) WHERE (NOT ((oidc_subject)::text = ''::text));


--
-- Name: vhub_heartbeat_name_fdf2cb6d_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vhub_heartbeat_name_fdf2cb6d_like ON public.vhub_heartbeat USING btree (name varchar_pattern_ops);


--
-- Name: webhook_delivery_log_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhook_delivery_log_idx ON public.partners_webhookdelivery USING btree (subscription_id, created_at DESC);


--
-- Name: webhook_once_per_event_and_subscription; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX webhook_once_per_event_and_subscription ON public.partners_webhookdelivery USING btree (event_id, subscription_id) WHERE (replay_of_id IS NULL);


--
-- Name: risk_supervisordecisionevent pgtrigger_append_only_02244; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_02244 BEFORE DELETE OR UPDATE ON public.risk_supervisordecisionevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_02244();


--
-- Name: TRIGGER pgtrigger_append_only_02244 ON risk_supervisordecisionevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_02244 ON public.risk_supervisordecisionevent IS 'ed90c4ce90b33e79be05fc205f1b9f2516e4c671';


--
-- Name: risk_childriskassessmentevent pgtrigger_append_only_065c9; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_065c9 BEFORE DELETE OR UPDATE ON public.risk_childriskassessmentevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_065c9();


--
-- Name: TRIGGER pgtrigger_append_only_065c9 ON risk_childriskassessmentevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_065c9 ON public.risk_childriskassessmentevent IS '32dc8e2f368e55a76716ff983746c4f395a5cf15';


--
-- Name: referrals_referralsubjectevent pgtrigger_append_only_094ac; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_094ac BEFORE DELETE OR UPDATE ON public.referrals_referralsubjectevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_094ac();


--
-- Name: TRIGGER pgtrigger_append_only_094ac ON referrals_referralsubjectevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_094ac ON public.referrals_referralsubjectevent IS 'bab918d1b176bac8ae698211b0db1f094dc9eb86';


--
-- Name: risk_riskmodelversionevent pgtrigger_append_only_2b27c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_2b27c BEFORE DELETE OR UPDATE ON public.risk_riskmodelversionevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_2b27c();


--
-- Name: TRIGGER pgtrigger_append_only_2b27c ON risk_riskmodelversionevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_2b27c ON public.risk_riskmodelversionevent IS '11301dee76d0275a75c45e215de9e2ec10615f0a';


--
-- Name: referrals_casenoteevent pgtrigger_append_only_51f03; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_51f03 BEFORE DELETE OR UPDATE ON public.referrals_casenoteevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_51f03();


--
-- Name: TRIGGER pgtrigger_append_only_51f03 ON referrals_casenoteevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_51f03 ON public.referrals_casenoteevent IS '29fa126c19990a036c80874ee285d752c707617c';


--
-- Name: risk_daquestionevent pgtrigger_append_only_5bd2a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_5bd2a BEFORE DELETE OR UPDATE ON public.risk_daquestionevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_5bd2a();


--
-- Name: TRIGGER pgtrigger_append_only_5bd2a ON risk_daquestionevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_5bd2a ON public.risk_daquestionevent IS '4cb142d7aab25d22a0febea633f4de7b284db887';


--
-- Name: risk_riskfactorevent pgtrigger_append_only_6afab; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_6afab BEFORE DELETE OR UPDATE ON public.risk_riskfactorevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_6afab();


--
-- Name: TRIGGER pgtrigger_append_only_6afab ON risk_riskfactorevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_6afab ON public.risk_riskfactorevent IS '0d54760a8dc803e8b308f279cc3671a485f666de';


--
-- Name: referrals_slapolicyversionevent pgtrigger_append_only_7df6d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_7df6d BEFORE DELETE OR UPDATE ON public.referrals_slapolicyversionevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_7df6d();


--
-- Name: TRIGGER pgtrigger_append_only_7df6d ON referrals_slapolicyversionevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_7df6d ON public.referrals_slapolicyversionevent IS 'e131e0284c75fce62f0f6c9a19f43bd8e0755a30';


--
-- Name: referrals_slatargetevent pgtrigger_append_only_8394d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_8394d BEFORE DELETE OR UPDATE ON public.referrals_slatargetevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_8394d();


--
-- Name: TRIGGER pgtrigger_append_only_8394d ON referrals_slatargetevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_8394d ON public.referrals_slatargetevent IS 'a3461df4ce7d0dafddf03804980ccd06fa106860';


--
-- Name: partners_shareevent pgtrigger_append_only_cd447; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_cd447 BEFORE DELETE OR UPDATE ON public.partners_shareevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_cd447();


--
-- Name: TRIGGER pgtrigger_append_only_cd447 ON partners_shareevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_cd447 ON public.partners_shareevent IS '3c5935ea66604f6c528e00b19c498a9b44e93458';


--
-- Name: referrals_referralevent pgtrigger_append_only_d0304; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_d0304 BEFORE DELETE OR UPDATE ON public.referrals_referralevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_d0304();


--
-- Name: TRIGGER pgtrigger_append_only_d0304 ON referrals_referralevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_d0304 ON public.referrals_referralevent IS '1a61dcd844caf3ca043cd5fc836a4fbfb5122b75';


--
-- Name: risk_forcehighcombinationevent pgtrigger_append_only_e79c9; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_e79c9 BEFORE DELETE OR UPDATE ON public.risk_forcehighcombinationevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_e79c9();


--
-- Name: TRIGGER pgtrigger_append_only_e79c9 ON risk_forcehighcombinationevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_e79c9 ON public.risk_forcehighcombinationevent IS '561b79960f0921b547d96176f3fd31bf62d062f5';


--
-- Name: referrals_matchthresholdsevent pgtrigger_append_only_f3a92; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_f3a92 BEFORE DELETE OR UPDATE ON public.referrals_matchthresholdsevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_f3a92();


--
-- Name: TRIGGER pgtrigger_append_only_f3a92 ON referrals_matchthresholdsevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_f3a92 ON public.referrals_matchthresholdsevent IS 'e1abc48cb85bb843bedc189e8792514615772a44';


--
-- Name: referrals_closuredayevent pgtrigger_append_only_ff28c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_append_only_ff28c BEFORE DELETE OR UPDATE ON public.referrals_closuredayevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_append_only_ff28c();


--
-- Name: TRIGGER pgtrigger_append_only_ff28c ON referrals_closuredayevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_append_only_ff28c ON public.referrals_closuredayevent IS '8af57faa29b41163ebccf516860552b505f4d402';


--
-- Name: risk_childriskassessment pgtrigger_assessment_counts_delete_3461c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_assessment_counts_delete_3461c AFTER DELETE ON public.risk_childriskassessment REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_assessment_counts_delete_3461c();


--
-- Name: TRIGGER pgtrigger_assessment_counts_delete_3461c ON risk_childriskassessment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_assessment_counts_delete_3461c ON public.risk_childriskassessment IS '0e4ff8f327eeb5b36747f0329284e68f6d878257';


--
-- Name: risk_childriskassessment pgtrigger_assessment_counts_insert_638b9; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_assessment_counts_insert_638b9 AFTER INSERT ON public.risk_childriskassessment REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_assessment_counts_insert_638b9();


--
-- Name: TRIGGER pgtrigger_assessment_counts_insert_638b9 ON risk_childriskassessment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_assessment_counts_insert_638b9 ON public.risk_childriskassessment IS '1c65777901e4caa4e551f0a5e3cce28a0af92cab';


--
-- Name: risk_childriskassessment pgtrigger_assessment_counts_update_2c4a0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_assessment_counts_update_2c4a0 AFTER UPDATE ON public.risk_childriskassessment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_assessment_counts_update_2c4a0();


--
-- Name: TRIGGER pgtrigger_assessment_counts_update_2c4a0 ON risk_childriskassessment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_assessment_counts_update_2c4a0 ON public.risk_childriskassessment IS '81f33424cb6d41ca90c3897f65bf75f3d5861cb9';


--
-- Name: audit_auditevent pgtrigger_audit_append_only_f6eda; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_audit_append_only_f6eda BEFORE DELETE OR UPDATE ON public.audit_auditevent FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_audit_append_only_f6eda();


--
-- Name: TRIGGER pgtrigger_audit_append_only_f6eda ON audit_auditevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_audit_append_only_f6eda ON public.audit_auditevent IS '04f8f2f6fab2cf336bff74f00537adf876acce3f';


--
-- Name: audit_auditevent pgtrigger_audit_no_truncate_50e0d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_audit_no_truncate_50e0d BEFORE TRUNCATE ON public.audit_auditevent FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_audit_no_truncate_50e0d();


--
-- Name: TRIGGER pgtrigger_audit_no_truncate_50e0d ON audit_auditevent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_audit_no_truncate_50e0d ON public.audit_auditevent IS 'c012c833b3611249bc99895b38283bf16ac8228b';


--
-- Name: audit_auditcheckpoint pgtrigger_checkpoint_append_only_8d289; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_checkpoint_append_only_8d289 BEFORE DELETE OR UPDATE ON public.audit_auditcheckpoint FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_checkpoint_append_only_8d289();


--
-- Name: TRIGGER pgtrigger_checkpoint_append_only_8d289 ON audit_auditcheckpoint; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_checkpoint_append_only_8d289 ON public.audit_auditcheckpoint IS '42b88e3f97752d082720654bbf96ff70442f413b';


--
-- Name: audit_auditcheckpoint pgtrigger_checkpoint_no_truncate_be600; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_checkpoint_no_truncate_be600 BEFORE TRUNCATE ON public.audit_auditcheckpoint FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_checkpoint_no_truncate_be600();


--
-- Name: TRIGGER pgtrigger_checkpoint_no_truncate_be600 ON audit_auditcheckpoint; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_checkpoint_no_truncate_be600 ON public.audit_auditcheckpoint IS '6a5cff8a637da3d088130daff30e33072fad0555';


--
-- Name: referrals_matchthresholds pgtrigger_configuration_changed_1a404; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_1a404 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_matchthresholds FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_1a404();


--
-- Name: TRIGGER pgtrigger_configuration_changed_1a404 ON referrals_matchthresholds; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_1a404 ON public.referrals_matchthresholds IS 'efdff354e516f3ece3042f550b326ae3451167f9';


--
-- Name: risk_riskfactor pgtrigger_configuration_changed_1b7cf; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_1b7cf AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.risk_riskfactor FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_1b7cf();


--
-- Name: TRIGGER pgtrigger_configuration_changed_1b7cf ON risk_riskfactor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_1b7cf ON public.risk_riskfactor IS '9f2be32fa5346ed0367649275c43a8487145f304';


--
-- Name: referrals_priorityweight pgtrigger_configuration_changed_2f20f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_2f20f AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_priorityweight FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_2f20f();


--
-- Name: TRIGGER pgtrigger_configuration_changed_2f20f ON referrals_priorityweight; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_2f20f ON public.referrals_priorityweight IS '03ff161bd51d6d4b15324ec56785eaef701164d2';


--
-- Name: referrals_termdates pgtrigger_configuration_changed_2f390; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_2f390 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_termdates FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_2f390();


--
-- Name: TRIGGER pgtrigger_configuration_changed_2f390 ON referrals_termdates; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_2f390 ON public.referrals_termdates IS 'b40e418269ab38f9a641d8bce0d43a7cac84a339';


--
-- Name: referrals_slapolicyversion pgtrigger_configuration_changed_39ab3; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_39ab3 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_slapolicyversion FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_39ab3();


--
-- Name: TRIGGER pgtrigger_configuration_changed_39ab3 ON referrals_slapolicyversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_39ab3 ON public.referrals_slapolicyversion IS 'cb577168896f3563141ecb4c9438ea24481754e4';


--
-- Name: risk_forcehighcombination pgtrigger_configuration_changed_3aed8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_3aed8 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.risk_forcehighcombination FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_3aed8();


--
-- Name: TRIGGER pgtrigger_configuration_changed_3aed8 ON risk_forcehighcombination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_3aed8 ON public.risk_forcehighcombination IS 'fa5af3b9ad04b41d94610e6fbf38712667c1fb8b';


--
-- Name: risk_daquestion pgtrigger_configuration_changed_3f0b5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_3f0b5 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.risk_daquestion FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_3f0b5();


--
-- Name: TRIGGER pgtrigger_configuration_changed_3f0b5 ON risk_daquestion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_3f0b5 ON public.risk_daquestion IS 'd8c4d8feea7e893b6ab3b2389772a5927136cc6c';


--
-- Name: risk_indicatorcatalogueversion pgtrigger_configuration_changed_535e5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_535e5 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.risk_indicatorcatalogueversion FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_535e5();


--
-- Name: TRIGGER pgtrigger_configuration_changed_535e5 ON risk_indicatorcatalogueversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_535e5 ON public.risk_indicatorcatalogueversion IS '1537a38543944092dca32137f146fa47dad5b18f';


--
-- Name: referrals_postcodedistrict pgtrigger_configuration_changed_58f5e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_58f5e AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_postcodedistrict FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_58f5e();


--
-- Name: TRIGGER pgtrigger_configuration_changed_58f5e ON referrals_postcodedistrict; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_58f5e ON public.referrals_postcodedistrict IS '31ef70845ca4b97bc5efad1acaaafb4b2275dc87';


--
-- Name: risk_riskmodelversion pgtrigger_configuration_changed_69b95; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_69b95 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.risk_riskmodelversion FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_69b95();


--
-- Name: TRIGGER pgtrigger_configuration_changed_69b95 ON risk_riskmodelversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_69b95 ON public.risk_riskmodelversion IS '62b7019bfe956904d08a2fead864cc6faea54944';


--
-- Name: partners_agency pgtrigger_configuration_changed_6e2e3; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_6e2e3 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.partners_agency FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_6e2e3();


--
-- Name: TRIGGER pgtrigger_configuration_changed_6e2e3 ON partners_agency; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_6e2e3 ON public.partners_agency IS 'a5ef710c1e61f090f7ee23e750b5b6e0230182fa';


--
-- Name: referrals_incidenttype pgtrigger_configuration_changed_6e3b7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_6e3b7 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_incidenttype FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_6e3b7();


--
-- Name: TRIGGER pgtrigger_configuration_changed_6e3b7 ON referrals_incidenttype; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_6e3b7 ON public.referrals_incidenttype IS '8c479c8a2a6005110dff5b5b67410651ee7b9ffb';


--
-- Name: referrals_slatarget pgtrigger_configuration_changed_75bab; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_75bab AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_slatarget FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_75bab();


--
-- Name: TRIGGER pgtrigger_configuration_changed_75bab ON referrals_slatarget; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_75bab ON public.referrals_slatarget IS '6a84473fb15b4df9bf602d0e0eab61f603cc1efd';


--
-- Name: referrals_closureday pgtrigger_configuration_changed_f3d26; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_configuration_changed_f3d26 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.referrals_closureday FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_configuration_changed_f3d26();


--
-- Name: TRIGGER pgtrigger_configuration_changed_f3d26 ON referrals_closureday; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_configuration_changed_f3d26 ON public.referrals_closureday IS '1b5b8e02be1832fdb209128c801c82c955848909';


--
-- Name: referrals_slapolicyversion pgtrigger_delete_delete_0184b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_0184b AFTER DELETE ON public.referrals_slapolicyversion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_0184b();


--
-- Name: TRIGGER pgtrigger_delete_delete_0184b ON referrals_slapolicyversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_0184b ON public.referrals_slapolicyversion IS '1f350c092ac1fa5422963d1ab31caf7ea13781c1';


--
-- Name: risk_riskfactor pgtrigger_delete_delete_0ebd5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_0ebd5 AFTER DELETE ON public.risk_riskfactor FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_0ebd5();


--
-- Name: TRIGGER pgtrigger_delete_delete_0ebd5 ON risk_riskfactor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_0ebd5 ON public.risk_riskfactor IS 'd8748cc46974bbbfec5c4ee82955272e3b88f98d';


--
-- Name: referrals_matchthresholds pgtrigger_delete_delete_15708; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_15708 AFTER DELETE ON public.referrals_matchthresholds FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_15708();


--
-- Name: TRIGGER pgtrigger_delete_delete_15708 ON referrals_matchthresholds; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_15708 ON public.referrals_matchthresholds IS '3d8834b314e2a106ed738b78769632cf57ef2b21';


--
-- Name: referrals_closureday pgtrigger_delete_delete_23e1a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_23e1a AFTER DELETE ON public.referrals_closureday FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_23e1a();


--
-- Name: TRIGGER pgtrigger_delete_delete_23e1a ON referrals_closureday; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_23e1a ON public.referrals_closureday IS '6c22c10e9828793a842eddf8e5d71340c31a24d7';


--
-- Name: risk_daquestion pgtrigger_delete_delete_4714c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_4714c AFTER DELETE ON public.risk_daquestion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_4714c();


--
-- Name: TRIGGER pgtrigger_delete_delete_4714c ON risk_daquestion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_4714c ON public.risk_daquestion IS '372fcca3c6005af3ba0d610c2d062e8dc867a65c';


--
-- Name: referrals_referralsubject pgtrigger_delete_delete_551be; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_551be AFTER DELETE ON public.referrals_referralsubject FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_551be();


--
-- Name: TRIGGER pgtrigger_delete_delete_551be ON referrals_referralsubject; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_551be ON public.referrals_referralsubject IS '1fc0d81ba2ecbd52307e2dc948a68348b928f60e';


--
-- Name: risk_forcehighcombination pgtrigger_delete_delete_5522e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_5522e AFTER DELETE ON public.risk_forcehighcombination FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_5522e();


--
-- Name: TRIGGER pgtrigger_delete_delete_5522e ON risk_forcehighcombination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_5522e ON public.risk_forcehighcombination IS '16ffc2d90f1d0886b57d9f559d2f3da348d42221';


--
-- Name: risk_supervisordecision pgtrigger_delete_delete_87f38; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_87f38 AFTER DELETE ON public.risk_supervisordecision FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_87f38();


--
-- Name: TRIGGER pgtrigger_delete_delete_87f38 ON risk_supervisordecision; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_87f38 ON public.risk_supervisordecision IS '9078a4cbf5ea59c28caa1b22e53190673abdec6d';


--
-- Name: referrals_slatarget pgtrigger_delete_delete_9cb31; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_9cb31 AFTER DELETE ON public.referrals_slatarget FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_9cb31();


--
-- Name: TRIGGER pgtrigger_delete_delete_9cb31 ON referrals_slatarget; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_9cb31 ON public.referrals_slatarget IS '29e8cd22dbc6ff5b65a508e87190d3ff08b52546';


--
-- Name: risk_riskmodelversion pgtrigger_delete_delete_a45e2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_delete_delete_a45e2 AFTER DELETE ON public.risk_riskmodelversion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_delete_delete_a45e2();


--
-- Name: TRIGGER pgtrigger_delete_delete_a45e2 ON risk_riskmodelversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_delete_delete_a45e2 ON public.risk_riskmodelversion IS 'd7540434418e1477262279c4466642156c5ba044';


--
-- Name: referrals_casenote pgtrigger_insert_insert_0a48e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_0a48e AFTER INSERT ON public.referrals_casenote FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_0a48e();


--
-- Name: TRIGGER pgtrigger_insert_insert_0a48e ON referrals_casenote; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_0a48e ON public.referrals_casenote IS 'b9913742bf230549f1fccd760e381fc7369506dd';


--
-- Name: partners_share pgtrigger_insert_insert_20cfa; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_20cfa AFTER INSERT ON public.partners_share FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_20cfa();


--
-- Name: TRIGGER pgtrigger_insert_insert_20cfa ON partners_share; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_20cfa ON public.partners_share IS '2d5ff24e45651542ceb4b0eba03c48aae160dad3';


--
-- Name: referrals_matchthresholds pgtrigger_insert_insert_329fb; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_329fb AFTER INSERT ON public.referrals_matchthresholds FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_329fb();


--
-- Name: TRIGGER pgtrigger_insert_insert_329fb ON referrals_matchthresholds; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_329fb ON public.referrals_matchthresholds IS '08257a788c777e41d90def26bd7a907f8d1f7498';


--
-- Name: referrals_slapolicyversion pgtrigger_insert_insert_7ab5c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_7ab5c AFTER INSERT ON public.referrals_slapolicyversion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_7ab5c();


--
-- Name: TRIGGER pgtrigger_insert_insert_7ab5c ON referrals_slapolicyversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_7ab5c ON public.referrals_slapolicyversion IS 'ac3418c43c60f277312d2a733b54550e77d17ba9';


--
-- Name: risk_supervisordecision pgtrigger_insert_insert_9011c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_9011c AFTER INSERT ON public.risk_supervisordecision FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_9011c();


--
-- Name: TRIGGER pgtrigger_insert_insert_9011c ON risk_supervisordecision; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_9011c ON public.risk_supervisordecision IS '7bbd0a85d760c894084cc28fae6b21fa6ea5e2eb';


--
-- Name: referrals_referral pgtrigger_insert_insert_a74c8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_a74c8 AFTER INSERT ON public.referrals_referral FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_a74c8();


--
-- Name: TRIGGER pgtrigger_insert_insert_a74c8 ON referrals_referral; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_a74c8 ON public.referrals_referral IS '4ea42b3d2f6c5f725511a2772e839325489ace92';


--
-- Name: referrals_closureday pgtrigger_insert_insert_c162e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_c162e AFTER INSERT ON public.referrals_closureday FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_c162e();


--
-- Name: TRIGGER pgtrigger_insert_insert_c162e ON referrals_closureday; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_c162e ON public.referrals_closureday IS 'b8bb7ff848292917cb550dad691cfe3f4f5455d3';


--
-- Name: referrals_referralsubject pgtrigger_insert_insert_c6530; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_c6530 AFTER INSERT ON public.referrals_referralsubject FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_c6530();


--
-- Name: TRIGGER pgtrigger_insert_insert_c6530 ON referrals_referralsubject; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_c6530 ON public.referrals_referralsubject IS '2513d0f137f5568277560729abf003a9615f10c8';


--
-- Name: risk_riskmodelversion pgtrigger_insert_insert_d0130; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_d0130 AFTER INSERT ON public.risk_riskmodelversion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_d0130();


--
-- Name: TRIGGER pgtrigger_insert_insert_d0130 ON risk_riskmodelversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_d0130 ON public.risk_riskmodelversion IS '59dfde379850efe9ffc0814553f72892ac12a61b';


--
-- Name: referrals_slatarget pgtrigger_insert_insert_db631; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_db631 AFTER INSERT ON public.referrals_slatarget FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_db631();


--
-- Name: TRIGGER pgtrigger_insert_insert_db631 ON referrals_slatarget; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_db631 ON public.referrals_slatarget IS '37b1a3073171fc2ae87fb9f33a015b20f0a51a37';


--
-- Name: risk_daquestion pgtrigger_insert_insert_ddca4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_ddca4 AFTER INSERT ON public.risk_daquestion FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_ddca4();


--
-- Name: TRIGGER pgtrigger_insert_insert_ddca4 ON risk_daquestion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_ddca4 ON public.risk_daquestion IS '5e441c0e5ab54f96dba1ef6a602ad0d61830c31a';


--
-- Name: risk_childriskassessment pgtrigger_insert_insert_e7728; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_e7728 AFTER INSERT ON public.risk_childriskassessment FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_e7728();


--
-- Name: TRIGGER pgtrigger_insert_insert_e7728 ON risk_childriskassessment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_e7728 ON public.risk_childriskassessment IS '5e73217b0c0f6263f40a7a0613953d74a8e956a9';


--
-- Name: risk_riskfactor pgtrigger_insert_insert_eaf3a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_eaf3a AFTER INSERT ON public.risk_riskfactor FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_eaf3a();


--
-- Name: TRIGGER pgtrigger_insert_insert_eaf3a ON risk_riskfactor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_eaf3a ON public.risk_riskfactor IS '52f0b75c4f7e45e760612a263785c0772ecbefbd';


--
-- Name: risk_forcehighcombination pgtrigger_insert_insert_f6618; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_insert_insert_f6618 AFTER INSERT ON public.risk_forcehighcombination FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_insert_insert_f6618();


--
-- Name: TRIGGER pgtrigger_insert_insert_f6618 ON risk_forcehighcombination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_insert_insert_f6618 ON public.risk_forcehighcombination IS '6de562c6af6829f8923fe165c355a7d71a42ae93';


--
-- Name: risk_officersubmission pgtrigger_officer_submission_counts_delete_bfa33; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_officer_submission_counts_delete_bfa33 AFTER DELETE ON public.risk_officersubmission REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_officer_submission_counts_delete_bfa33();


--
-- Name: TRIGGER pgtrigger_officer_submission_counts_delete_bfa33 ON risk_officersubmission; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_officer_submission_counts_delete_bfa33 ON public.risk_officersubmission IS 'a8aeca59e77976a3fee40cfac47f82827440ebf5';


--
-- Name: risk_officersubmission pgtrigger_officer_submission_counts_insert_85ac2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_officer_submission_counts_insert_85ac2 AFTER INSERT ON public.risk_officersubmission REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_officer_submission_counts_insert_85ac2();


--
-- Name: TRIGGER pgtrigger_officer_submission_counts_insert_85ac2 ON risk_officersubmission; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_officer_submission_counts_insert_85ac2 ON public.risk_officersubmission IS 'd6967c4f0413370611c0540cf271361b439c3537';


--
-- Name: risk_officersubmission pgtrigger_officer_submission_counts_update_5220c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_officer_submission_counts_update_5220c AFTER UPDATE ON public.risk_officersubmission REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_officer_submission_counts_update_5220c();


--
-- Name: TRIGGER pgtrigger_officer_submission_counts_update_5220c ON risk_officersubmission; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_officer_submission_counts_update_5220c ON public.risk_officersubmission IS '0252d3e65d7b9dc9e8c194b9ec91e557e5ee613f';


--
-- Name: referrals_person pgtrigger_person_names_kept_c818f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_person_names_kept_c818f AFTER INSERT OR DELETE OR UPDATE OF first_name, last_name, merged_into_id ON public.referrals_person FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_person_names_kept_c818f();


--
-- Name: TRIGGER pgtrigger_person_names_kept_c818f ON referrals_person; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_person_names_kept_c818f ON public.referrals_person IS '04544175ef9129fec240147218d1c978fc99a3ec';


--
-- Name: referrals_referral pgtrigger_referral_copies_to_subjects_c6d47; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_referral_copies_to_subjects_c6d47 AFTER UPDATE ON public.referrals_referral FOR EACH ROW WHEN (((old.incident_at IS DISTINCT FROM new.incident_at) OR (old.local_authority_id IS DISTINCT FROM new.local_authority_id) OR (((old.status)::text = 'merged'::text) IS DISTINCT FROM ((new.status)::text = 'merged'::text)))) EXECUTE FUNCTION public.pgtrigger_referral_copies_to_subjects_c6d47();


--
-- Name: TRIGGER pgtrigger_referral_copies_to_subjects_c6d47 ON referrals_referral; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_referral_copies_to_subjects_c6d47 ON public.referrals_referral IS '873b0ae06c96b0b56b62334000b65fd37ffb3665';


--
-- Name: referrals_referralsubject pgtrigger_subject_copies_referral_c3b3b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_subject_copies_referral_c3b3b BEFORE INSERT OR UPDATE OF referral_id ON public.referrals_referralsubject FOR EACH ROW EXECUTE FUNCTION public.pgtrigger_subject_copies_referral_c3b3b();


--
-- Name: TRIGGER pgtrigger_subject_copies_referral_c3b3b ON referrals_referralsubject; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_subject_copies_referral_c3b3b ON public.referrals_referralsubject IS 'f3256838a5007fb025cd376ef7a3ac4950960dd0';


--
-- Name: referrals_referralsubject pgtrigger_subject_counts_delete_e2cef; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_subject_counts_delete_e2cef AFTER DELETE ON public.referrals_referralsubject REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_subject_counts_delete_e2cef();


--
-- Name: TRIGGER pgtrigger_subject_counts_delete_e2cef ON referrals_referralsubject; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_subject_counts_delete_e2cef ON public.referrals_referralsubject IS 'bab34d3fe84758e6ef746aaa0d0d8d737eaa199d';


--
-- Name: referrals_referralsubject pgtrigger_subject_counts_insert_97a10; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_subject_counts_insert_97a10 AFTER INSERT ON public.referrals_referralsubject REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_subject_counts_insert_97a10();


--
-- Name: TRIGGER pgtrigger_subject_counts_insert_97a10 ON referrals_referralsubject; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_subject_counts_insert_97a10 ON public.referrals_referralsubject IS '394b5a80c525790210d614f796afdffd0c06dee9';


--
-- Name: referrals_referralsubject pgtrigger_subject_counts_update_cad6a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_subject_counts_update_cad6a AFTER UPDATE ON public.referrals_referralsubject REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_subject_counts_update_cad6a();


--
-- Name: TRIGGER pgtrigger_subject_counts_update_cad6a ON referrals_referralsubject; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_subject_counts_update_cad6a ON public.referrals_referralsubject IS 'c275ca5395a0080aefa2c7317290ec8d032fdbf0';


--
-- Name: partners_share pgtrigger_update_update_0a070; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_0a070 AFTER UPDATE ON public.partners_share FOR EACH ROW WHEN (((old.acknowledged_at IS DISTINCT FROM new.acknowledged_at) OR (old.acknowledged_by_id IS DISTINCT FROM new.acknowledged_by_id) OR (old.agency_id IS DISTINCT FROM new.agency_id) OR (old.authorisation_note IS DISTINCT FROM new.authorisation_note) OR (old.authorised_at IS DISTINCT FROM new.authorised_at) OR (old.authorised_by_id IS DISTINCT FROM new.authorised_by_id) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.created_by_id IS DISTINCT FROM new.created_by_id) OR (old.id IS DISTINCT FROM new.id) OR (old.justification IS DISTINCT FROM new.justification) OR ((old.lawful_basis)::text IS DISTINCT FROM (new.lawful_basis)::text) OR ((old.pack_file)::text IS DISTINCT FROM (new.pack_file)::text) OR (old.pack_rendered_at IS DISTINCT FROM new.pack_rendered_at) OR ((old.pack_sha256)::text IS DISTINCT FROM (new.pack_sha256)::text) OR ((old.pack_template)::text IS DISTINCT FROM (new.pack_template)::text) OR ((old.purpose)::text IS DISTINCT FROM (new.purpose)::text) OR (old.redacted_fields IS DISTINCT FROM new.redacted_fields) OR (old.referral_id IS DISTINCT FROM new.referral_id) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.superseded_at IS DISTINCT FROM new.superseded_at) OR (old.superseded_by_id IS DISTINCT FROM new.superseded_by_id) OR (old.version IS DISTINCT FROM new.version) OR (old.withdrawn_at IS DISTINCT FROM new.withdrawn_at))) EXECUTE FUNCTION public.pgtrigger_update_update_0a070();


--
-- Name: TRIGGER pgtrigger_update_update_0a070 ON partners_share; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_0a070 ON public.partners_share IS 'a2c85b60029c12c5ee376a9241b33feeff939783';


--
-- Name: risk_supervisordecision pgtrigger_update_update_1918e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_1918e AFTER UPDATE ON public.risk_supervisordecision FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_1918e();


--
-- Name: TRIGGER pgtrigger_update_update_1918e ON risk_supervisordecision; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_1918e ON public.risk_supervisordecision IS 'f65194f04be66009ef7df51429a9915e9819fe1b';


--
-- Name: referrals_referral pgtrigger_update_update_223e7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_223e7 AFTER UPDATE ON public.referrals_referral FOR EACH ROW WHEN (((old.allocated_to_id IS DISTINCT FROM new.allocated_to_id) OR (old.closed_at IS DISTINCT FROM new.closed_at) OR (old.closure_outcome_id IS DISTINCT FROM new.closure_outcome_id) OR (old.closure_rationale IS DISTINCT FROM new.closure_rationale) OR ((old.current_grade)::text IS DISTINCT FROM (new.current_grade)::text) OR ((old.external_id)::text IS DISTINCT FROM (new.external_id)::text) OR (old.id IS DISTINCT FROM new.id) OR (old.import_job_id IS DISTINCT FROM new.import_job_id) OR (old.incident_at IS DISTINCT FROM new.incident_at) OR ((old.incident_reference)::text IS DISTINCT FROM (new.incident_reference)::text) OR (old.incident_type_id IS DISTINCT FROM new.incident_type_id) OR (old.local_authority_id IS DISTINCT FROM new.local_authority_id) OR ((old.location)::text IS DISTINCT FROM (new.location)::text) OR (old.merged_into_id IS DISTINCT FROM new.merged_into_id) OR (old.narrative IS DISTINCT FROM new.narrative) OR (old.officer_risk_view IS DISTINCT FROM new.officer_risk_view) OR ((old.postcode)::text IS DISTINCT FROM (new.postcode)::text) OR ((old.provisional_grade)::text IS DISTINCT FROM (new.provisional_grade)::text) OR (old.received_at IS DISTINCT FROM new.received_at) OR ((old.reference)::text IS DISTINCT FROM (new.reference)::text) OR (old.return_reason IS DISTINCT FROM new.return_reason) OR (old.returned_at IS DISTINCT FROM new.returned_at) OR (old.returned_by_id IS DISTINCT FROM new.returned_by_id) OR ((old.routing_note)::text IS DISTINCT FROM (new.routing_note)::text) OR ((old.source)::text IS DISTINCT FROM (new.source)::text) OR ((old.source_reference)::text IS DISTINCT FROM (new.source_reference)::text) OR ((old.source_system)::text IS DISTINCT FROM (new.source_system)::text) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.submitted_by_id IS DISTINCT FROM new.submitted_by_id))) EXECUTE FUNCTION public.pgtrigger_update_update_223e7();


--
-- Name: TRIGGER pgtrigger_update_update_223e7 ON referrals_referral; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_223e7 ON public.referrals_referral IS '43e3f0c4976e099749af8fa70af936da5d498a4f';


--
-- Name: risk_childriskassessment pgtrigger_update_update_306b5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_306b5 AFTER UPDATE ON public.risk_childriskassessment FOR EACH ROW WHEN ((((old.approved_grade)::text IS DISTINCT FROM (new.approved_grade)::text) OR (old.assessor_id IS DISTINCT FROM new.assessor_id) OR (old.created_at IS DISTINCT FROM new.created_at) OR (old.da_yes_codes IS DISTINCT FROM new.da_yes_codes) OR (old.factor_codes IS DISTINCT FROM new.factor_codes) OR (old.id IS DISTINCT FROM new.id) OR (old.model_version_id IS DISTINCT FROM new.model_version_id) OR ((old.proposed_grade)::text IS DISTINCT FROM (new.proposed_grade)::text) OR (old.rationale IS DISTINCT FROM new.rationale) OR (old.referral_id IS DISTINCT FROM new.referral_id) OR ((old.status)::text IS DISTINCT FROM (new.status)::text) OR (old.subject_id IS DISTINCT FROM new.subject_id) OR (old.submitted_at IS DISTINCT FROM new.submitted_at) OR ((old.suggested_grade)::text IS DISTINCT FROM (new.suggested_grade)::text) OR (old.suggested_score IS DISTINCT FROM new.suggested_score) OR (old.voice_not_captured_reason IS DISTINCT FROM new.voice_not_captured_reason) OR (old.voice_of_child IS DISTINCT FROM new.voice_of_child))) EXECUTE FUNCTION public.pgtrigger_update_update_306b5();


--
-- Name: TRIGGER pgtrigger_update_update_306b5 ON risk_childriskassessment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_306b5 ON public.risk_childriskassessment IS 'c9e9326b83effba72f438bf2211bf0cd7a37c6ec';


--
-- Name: referrals_slatarget pgtrigger_update_update_35a6a; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_35a6a AFTER UPDATE ON public.referrals_slatarget FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_35a6a();


--
-- Name: TRIGGER pgtrigger_update_update_35a6a ON referrals_slatarget; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_35a6a ON public.referrals_slatarget IS 'f49263aa72d6778ad09a1041910e597f72e72230';


--
-- Name: referrals_slapolicyversion pgtrigger_update_update_47ac1; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_47ac1 AFTER UPDATE ON public.referrals_slapolicyversion FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_47ac1();


--
-- Name: TRIGGER pgtrigger_update_update_47ac1 ON referrals_slapolicyversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_47ac1 ON public.referrals_slapolicyversion IS 'da1a059d4daf2429c6e56f1b57df8b0f5132727d';


--
-- Name: risk_forcehighcombination pgtrigger_update_update_52749; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_52749 AFTER UPDATE ON public.risk_forcehighcombination FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_52749();


--
-- Name: TRIGGER pgtrigger_update_update_52749 ON risk_forcehighcombination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_52749 ON public.risk_forcehighcombination IS 'c346f60b49732febd7d639a356140b3914cb6ac4';


--
-- Name: risk_riskfactor pgtrigger_update_update_683f2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_683f2 AFTER UPDATE ON public.risk_riskfactor FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_683f2();


--
-- Name: TRIGGER pgtrigger_update_update_683f2 ON risk_riskfactor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_683f2 ON public.risk_riskfactor IS '0aff2dcc346117662c239aec1375381210b81bfb';


--
-- Name: risk_daquestion pgtrigger_update_update_6a499; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_6a499 AFTER UPDATE ON public.risk_daquestion FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_6a499();


--
-- Name: TRIGGER pgtrigger_update_update_6a499 ON risk_daquestion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_6a499 ON public.risk_daquestion IS 'c41c380751c486879f4649459ad2dcb59c7e2be1';


--
-- Name: referrals_referralsubject pgtrigger_update_update_7c91f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_7c91f AFTER UPDATE ON public.referrals_referralsubject FOR EACH ROW WHEN (((old.expected_date IS DISTINCT FROM new.expected_date) OR ((old.gp)::text IS DISTINCT FROM (new.gp)::text) OR (old.id IS DISTINCT FROM new.id) OR (old.lives_at_address IS DISTINCT FROM new.lives_at_address) OR ((old.parental_responsibility)::text IS DISTINCT FROM (new.parental_responsibility)::text) OR (old.parents_aware IS DISTINCT FROM new.parents_aware) OR (old.person_id IS DISTINCT FROM new.person_id) OR (old.probable_long IS DISTINCT FROM new.probable_long) OR (old.probable_short IS DISTINCT FROM new.probable_short) OR (old.referral_id IS DISTINCT FROM new.referral_id) OR (old.repeat_long IS DISTINCT FROM new.repeat_long) OR (old.repeat_short IS DISTINCT FROM new.repeat_short) OR ((old.role)::text IS DISTINCT FROM (new.role)::text) OR ((old.school)::text IS DISTINCT FROM (new.school)::text) OR (old.voice_not_captured_reason IS DISTINCT FROM new.voice_not_captured_reason) OR (old.voice_of_child IS DISTINCT FROM new.voice_of_child) OR (old.was_injured IS DISTINCT FROM new.was_injured) OR (old.was_present IS DISTINCT FROM new.was_present) OR (old.witnessed IS DISTINCT FROM new.witnessed))) EXECUTE FUNCTION public.pgtrigger_update_update_7c91f();


--
-- Name: TRIGGER pgtrigger_update_update_7c91f ON referrals_referralsubject; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_7c91f ON public.referrals_referralsubject IS '18380ce39ee05d7c96095503c8d91282137c0218';


--
-- Name: referrals_matchthresholds pgtrigger_update_update_cba9b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_cba9b AFTER UPDATE ON public.referrals_matchthresholds FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_cba9b();


--
-- Name: TRIGGER pgtrigger_update_update_cba9b ON referrals_matchthresholds; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_cba9b ON public.referrals_matchthresholds IS 'd0fd1aca2ac400a9794301f6f3eb830f88e3c4be';


--
-- Name: risk_riskmodelversion pgtrigger_update_update_ef2d7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_ef2d7 AFTER UPDATE ON public.risk_riskmodelversion FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_ef2d7();


--
-- Name: TRIGGER pgtrigger_update_update_ef2d7 ON risk_riskmodelversion; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_ef2d7 ON public.risk_riskmodelversion IS '0c6733f8db9fbf273406f95c6477efcb0651fd1d';


--
-- Name: referrals_closureday pgtrigger_update_update_f0959; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_f0959 AFTER UPDATE ON public.referrals_closureday FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_f0959();


--
-- Name: TRIGGER pgtrigger_update_update_f0959 ON referrals_closureday; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_f0959 ON public.referrals_closureday IS 'a5eb8efe8c4ee4c2315d8fe436ed4c27145c7d0b';


--
-- Name: referrals_casenote pgtrigger_update_update_fcdf9; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_update_update_fcdf9 AFTER UPDATE ON public.referrals_casenote FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.pgtrigger_update_update_fcdf9();


--
-- Name: TRIGGER pgtrigger_update_update_fcdf9 ON referrals_casenote; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TRIGGER pgtrigger_update_update_fcdf9 ON public.referrals_casenote IS '7459c7162bc914edab6952d67d55eb37d6314ca8';


--
-- Name: accounts_user accounts_user_agency_id_ba328885_fk_partners_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_agency_id_ba328885_fk_partners_agency_id FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_groups accounts_user_groups_group_id_bd11a704_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_group_id_bd11a704_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_groups accounts_user_groups_user_id_52b62117_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_user_id_52b62117_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_user_permissions accounts_user_user_p_permission_id_113bb443_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_p_permission_id_113bb443_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_user_permissions accounts_user_user_p_user_id_e4f0a161_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_p_user_id_e4f0a161_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: audit_retentionreview audit_retentionrevie_decided_by_id_b7524bc6_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_retentionreview
    ADD CONSTRAINT audit_retentionrevie_decided_by_id_b7524bc6_fk_accounts_ FOREIGN KEY (decided_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissio_permission_id_84c5c92e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissions_group_id_b120cbf9_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_permission auth_permission_content_type_id_2f476e4b_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: axes_accessattemptexpiration axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce FOREIGN KEY (access_attempt_id) REFERENCES public.axes_accessattempt(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_absence dashboards_absence_created_by_id_4bf01048_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_absence
    ADD CONSTRAINT dashboards_absence_created_by_id_4bf01048_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_absence dashboards_absence_user_id_c5fbf204_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_absence
    ADD CONSTRAINT dashboards_absence_user_id_c5fbf204_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_capacitysettings dashboards_capacitys_updated_by_id_3f068dd4_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_capacitysettings
    ADD CONSTRAINT dashboards_capacitys_updated_by_id_3f068dd4_fk_accounts_ FOREIGN KEY (updated_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_dailycompliance dashboards_dailycomp_agency_id_b5a8db81_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailycompliance
    ADD CONSTRAINT dashboards_dailycomp_agency_id_b5a8db81_fk_partners_ FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_dailycompliance dashboards_dailycomp_local_authority_id_57b83290_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailycompliance
    ADD CONSTRAINT dashboards_dailycomp_local_authority_id_57b83290_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_dailyflow dashboards_dailyflow_local_authority_id_700387e8_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_dailyflow
    ADD CONSTRAINT dashboards_dailyflow_local_authority_id_700387e8_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_rosterhours dashboards_rosterhours_user_id_239fe242_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_rosterhours
    ADD CONSTRAINT dashboards_rosterhours_user_id_239fe242_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_teamspost dashboards_teamspost_channel_id_c5a08f15_fk_dashboard; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_teamspost
    ADD CONSTRAINT dashboards_teamspost_channel_id_c5a08f15_fk_dashboard FOREIGN KEY (channel_id) REFERENCES public.dashboards_teamschannel(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dashboards_teamspost dashboards_teamspost_outbox_id_e8746771_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dashboards_teamspost
    ADD CONSTRAINT dashboards_teamspost_outbox_id_e8746771_fk_referrals FOREIGN KEY (outbox_id) REFERENCES public.referrals_outboxmessage(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_content_type_id_c4bce8eb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_content_type_id_c4bce8eb_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_user_id_c564eba6_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_user_id_c564eba6_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: guardian_groupobjectpermission guardian_groupobject_content_type_id_7ade36b8_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_groupobjectpermission
    ADD CONSTRAINT guardian_groupobject_content_type_id_7ade36b8_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: guardian_groupobjectpermission guardian_groupobject_group_id_4bbbfb62_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_groupobjectpermission
    ADD CONSTRAINT guardian_groupobject_group_id_4bbbfb62_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: guardian_groupobjectpermission guardian_groupobject_permission_id_36572738_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_groupobjectpermission
    ADD CONSTRAINT guardian_groupobject_permission_id_36572738_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: guardian_userobjectpermission guardian_userobjectp_content_type_id_2e892405_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_userobjectpermission
    ADD CONSTRAINT guardian_userobjectp_content_type_id_2e892405_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: guardian_userobjectpermission guardian_userobjectp_permission_id_71807bfc_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_userobjectpermission
    ADD CONSTRAINT guardian_userobjectp_permission_id_71807bfc_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: guardian_userobjectpermission guardian_userobjectp_user_id_d5c1e964_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardian_userobjectpermission
    ADD CONSTRAINT guardian_userobjectp_user_id_d5c1e964_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: otp_static_staticdevice otp_static_staticdevice_user_id_7f9cff2b_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_staticdevice
    ADD CONSTRAINT otp_static_staticdevice_user_id_7f9cff2b_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: otp_static_statictoken otp_static_statictok_device_id_74b7c7d1_fk_otp_stati; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_statictoken
    ADD CONSTRAINT otp_static_statictok_device_id_74b7c7d1_fk_otp_stati FOREIGN KEY (device_id) REFERENCES public.otp_static_staticdevice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: otp_totp_totpdevice otp_totp_totpdevice_user_id_0fb18292_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_totp_totpdevice
    ADD CONSTRAINT otp_totp_totpdevice_user_id_0fb18292_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_agency partners_agency_group_id_aaaa46ca_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency
    ADD CONSTRAINT partners_agency_group_id_aaaa46ca_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_agency_safeguarding_leads partners_agency_safe_agency_id_601ddd7f_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency_safeguarding_leads
    ADD CONSTRAINT partners_agency_safe_agency_id_601ddd7f_fk_partners_ FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_agency_safeguarding_leads partners_agency_safe_user_id_2744a9cd_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_agency_safeguarding_leads
    ADD CONSTRAINT partners_agency_safe_user_id_2744a9cd_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_encompassnotice partners_encompassno_agency_id_b2783036_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassno_agency_id_b2783036_fk_partners_ FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_encompassnotice partners_encompassno_decided_by_id_ea3057fc_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassno_decided_by_id_ea3057fc_fk_accounts_ FOREIGN KEY (decided_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_encompassnotice partners_encompassno_referral_id_c81902fb_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassno_referral_id_c81902fb_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_encompassnotice partners_encompassno_subject_id_ad14ce6a_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassno_subject_id_ad14ce6a_fk_referrals FOREIGN KEY (subject_id) REFERENCES public.referrals_referralsubject(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_encompassnotice partners_encompassnotice_share_id_23302181_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_encompassnotice
    ADD CONSTRAINT partners_encompassnotice_share_id_23302181_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_informationrequest partners_information_agency_id_86ee66fa_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_informationrequest
    ADD CONSTRAINT partners_information_agency_id_86ee66fa_fk_partners_ FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_informationrequest partners_information_raised_by_id_f85aa2b5_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_informationrequest
    ADD CONSTRAINT partners_information_raised_by_id_f85aa2b5_fk_accounts_ FOREIGN KEY (raised_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_informationrequest partners_information_responded_by_id_bb361487_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_informationrequest
    ADD CONSTRAINT partners_information_responded_by_id_bb361487_fk_accounts_ FOREIGN KEY (responded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_informationrequest partners_information_share_id_a3261953_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_informationrequest
    ADD CONSTRAINT partners_information_share_id_a3261953_fk_partners_ FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_israttachment partners_israttachme_isr_id_1c8e416a_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_israttachment
    ADD CONSTRAINT partners_israttachme_isr_id_1c8e416a_fk_partners_ FOREIGN KEY (isr_id) REFERENCES public.partners_informationrequest(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_israttachment partners_israttachme_uploaded_by_id_2094fa71_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_israttachment
    ADD CONSTRAINT partners_israttachme_uploaded_by_id_2094fa71_fk_accounts_ FOREIGN KEY (uploaded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_maracreferral partners_maracreferr_meeting_id_1f21b4d1_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracreferral
    ADD CONSTRAINT partners_maracreferr_meeting_id_1f21b4d1_fk_partners_ FOREIGN KEY (meeting_id) REFERENCES public.partners_maracmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_maracreferral partners_maracreferr_referral_id_41e3da06_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracreferral
    ADD CONSTRAINT partners_maracreferr_referral_id_41e3da06_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_maracreferral partners_maracreferr_referred_by_id_4c7ddec4_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracreferral
    ADD CONSTRAINT partners_maracreferr_referred_by_id_4c7ddec4_fk_accounts_ FOREIGN KEY (referred_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_maracreferral partners_maracreferral_share_id_0f95f1f0_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_maracreferral
    ADD CONSTRAINT partners_maracreferral_share_id_0f95f1f0_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_noticepreference partners_noticepreference_user_id_08335204_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_noticepreference
    ADD CONSTRAINT partners_noticepreference_user_id_08335204_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnernotice partners_partnernoti_isr_id_1ed19870_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnernotice
    ADD CONSTRAINT partners_partnernoti_isr_id_1ed19870_fk_partners_ FOREIGN KEY (isr_id) REFERENCES public.partners_informationrequest(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnernotice partners_partnernoti_outbox_id_0c8bd109_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnernotice
    ADD CONSTRAINT partners_partnernoti_outbox_id_0c8bd109_fk_referrals FOREIGN KEY (outbox_id) REFERENCES public.referrals_outboxmessage(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnernotice partners_partnernoti_recipient_id_766cbae2_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnernotice
    ADD CONSTRAINT partners_partnernoti_recipient_id_766cbae2_fk_accounts_ FOREIGN KEY (recipient_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnernotice partners_partnernotice_agency_id_2eaabb35_fk_partners_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnernotice
    ADD CONSTRAINT partners_partnernotice_agency_id_2eaabb35_fk_partners_agency_id FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnernotice partners_partnernotice_share_id_87326ce5_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnernotice
    ADD CONSTRAINT partners_partnernotice_share_id_87326ce5_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnersystem partners_partnersyst_created_by_id_62157889_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partners_partnersyst_created_by_id_62157889_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnersystem partners_partnersyst_revoked_by_id_7325600b_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partners_partnersyst_revoked_by_id_7325600b_fk_accounts_ FOREIGN KEY (revoked_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnersystem partners_partnersyst_service_user_id_6355db66_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partners_partnersyst_service_user_id_6355db66_fk_accounts_ FOREIGN KEY (service_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_partnersystem partners_partnersystem_agency_id_d71fb9d7_fk_partners_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_partnersystem
    ADD CONSTRAINT partners_partnersystem_agency_id_d71fb9d7_fk_partners_agency_id FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_share partners_share_acknowledged_by_id_eaef0674_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT partners_share_acknowledged_by_id_eaef0674_fk_accounts_user_id FOREIGN KEY (acknowledged_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_share partners_share_agency_id_4ae9fc8d_fk_partners_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT partners_share_agency_id_4ae9fc8d_fk_partners_agency_id FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_share partners_share_authorised_by_id_d30d0f7a_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT partners_share_authorised_by_id_d30d0f7a_fk_accounts_user_id FOREIGN KEY (authorised_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_share partners_share_created_by_id_3f419984_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT partners_share_created_by_id_3f419984_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_share partners_share_referral_id_a0ff2b02_fk_referrals_referral_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT partners_share_referral_id_a0ff2b02_fk_referrals_referral_id FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_share partners_share_superseded_by_id_ca359064_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_share
    ADD CONSTRAINT partners_share_superseded_by_id_ca359064_fk_partners_share_id FOREIGN KEY (superseded_by_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareattachment partners_shareattach_attachment_id_cc3844c8_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareattachment
    ADD CONSTRAINT partners_shareattach_attachment_id_cc3844c8_fk_referrals FOREIGN KEY (attachment_id) REFERENCES public.referrals_referralattachment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareattachment partners_shareattachment_share_id_d36a7664_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareattachment
    ADD CONSTRAINT partners_shareattachment_share_id_d36a7664_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareauthorisationrule partners_shareauthor_updated_by_id_5e2c0649_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareauthorisationrule
    ADD CONSTRAINT partners_shareauthor_updated_by_id_5e2c0649_fk_accounts_ FOREIGN KEY (updated_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_sharegroupobjectpermission partners_sharegroupo_content_object_id_86d0514a_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharegroupobjectpermission
    ADD CONSTRAINT partners_sharegroupo_content_object_id_86d0514a_fk_partners_ FOREIGN KEY (content_object_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_sharegroupobjectpermission partners_sharegroupo_group_id_5d0d4cdd_fk_auth_grou; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharegroupobjectpermission
    ADD CONSTRAINT partners_sharegroupo_group_id_5d0d4cdd_fk_auth_grou FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_sharegroupobjectpermission partners_sharegroupo_permission_id_b4a553f9_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharegroupobjectpermission
    ADD CONSTRAINT partners_sharegroupo_permission_id_b4a553f9_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_sharemessageattachment partners_sharemessag_message_id_15c69d58_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharemessageattachment
    ADD CONSTRAINT partners_sharemessag_message_id_15c69d58_fk_partners_ FOREIGN KEY (message_id) REFERENCES public.partners_sharemessage(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_sharemessageattachment partners_sharemessag_uploaded_by_id_5c1ed606_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharemessageattachment
    ADD CONSTRAINT partners_sharemessag_uploaded_by_id_5c1ed606_fk_accounts_ FOREIGN KEY (uploaded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_sharemessage partners_sharemessage_author_id_5a21aad3_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharemessage
    ADD CONSTRAINT partners_sharemessage_author_id_5a21aad3_fk_accounts_user_id FOREIGN KEY (author_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_sharemessage partners_sharemessage_share_id_d915aa6a_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_sharemessage
    ADD CONSTRAINT partners_sharemessage_share_id_d915aa6a_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareresponse partners_sharerespon_declined_by_id_60df28be_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareresponse
    ADD CONSTRAINT partners_sharerespon_declined_by_id_60df28be_fk_accounts_ FOREIGN KEY (declined_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareresponse partners_sharerespon_outcome_by_id_5ce2a496_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareresponse
    ADD CONSTRAINT partners_sharerespon_outcome_by_id_5ce2a496_fk_accounts_ FOREIGN KEY (outcome_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareresponse partners_shareresponse_share_id_f341f498_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareresponse
    ADD CONSTRAINT partners_shareresponse_share_id_f341f498_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareuserobjectpermission partners_shareuserob_content_object_id_131623dd_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareuserobjectpermission
    ADD CONSTRAINT partners_shareuserob_content_object_id_131623dd_fk_partners_ FOREIGN KEY (content_object_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareuserobjectpermission partners_shareuserob_permission_id_4ce77ab8_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareuserobjectpermission
    ADD CONSTRAINT partners_shareuserob_permission_id_4ce77ab8_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_shareuserobjectpermission partners_shareuserob_user_id_04815ed1_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_shareuserobjectpermission
    ADD CONSTRAINT partners_shareuserob_user_id_04815ed1_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookattempt partners_webhookatte_delivery_id_0e1228cf_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookattempt
    ADD CONSTRAINT partners_webhookatte_delivery_id_0e1228cf_fk_partners_ FOREIGN KEY (delivery_id) REFERENCES public.partners_webhookdelivery(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookdelivery partners_webhookdeli_event_id_5a34bddc_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookdelivery
    ADD CONSTRAINT partners_webhookdeli_event_id_5a34bddc_fk_partners_ FOREIGN KEY (event_id) REFERENCES public.partners_webhookevent(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookdelivery partners_webhookdeli_outbox_id_5cba1757_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookdelivery
    ADD CONSTRAINT partners_webhookdeli_outbox_id_5cba1757_fk_referrals FOREIGN KEY (outbox_id) REFERENCES public.referrals_outboxmessage(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookdelivery partners_webhookdeli_replay_of_id_396b4115_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookdelivery
    ADD CONSTRAINT partners_webhookdeli_replay_of_id_396b4115_fk_partners_ FOREIGN KEY (replay_of_id) REFERENCES public.partners_webhookdelivery(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookdelivery partners_webhookdeli_replayed_by_id_43dfd9dd_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookdelivery
    ADD CONSTRAINT partners_webhookdeli_replayed_by_id_43dfd9dd_fk_accounts_ FOREIGN KEY (replayed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookdelivery partners_webhookdeli_subscription_id_b61ff4e5_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookdelivery
    ADD CONSTRAINT partners_webhookdeli_subscription_id_b61ff4e5_fk_partners_ FOREIGN KEY (subscription_id) REFERENCES public.partners_webhooksubscription(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookevent partners_webhookeven_isr_id_8d101801_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookevent
    ADD CONSTRAINT partners_webhookeven_isr_id_8d101801_fk_partners_ FOREIGN KEY (isr_id) REFERENCES public.partners_informationrequest(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookevent partners_webhookeven_message_id_09793468_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookevent
    ADD CONSTRAINT partners_webhookeven_message_id_09793468_fk_partners_ FOREIGN KEY (message_id) REFERENCES public.partners_sharemessage(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookevent partners_webhookevent_agency_id_f0e9cbf6_fk_partners_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookevent
    ADD CONSTRAINT partners_webhookevent_agency_id_f0e9cbf6_fk_partners_agency_id FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhookevent partners_webhookevent_share_id_04576635_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhookevent
    ADD CONSTRAINT partners_webhookevent_share_id_04576635_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhooksubscription partners_webhooksubs_agency_id_dde6ef4b_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhooksubscription
    ADD CONSTRAINT partners_webhooksubs_agency_id_dde6ef4b_fk_partners_ FOREIGN KEY (agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: partners_webhooksubscription partners_webhooksubs_created_by_id_d4151b11_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners_webhooksubscription
    ADD CONSTRAINT partners_webhooksubs_created_by_id_d4151b11_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_casenote referrals_casenote_author_id_f41c9a3d_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_casenote
    ADD CONSTRAINT referrals_casenote_author_id_f41c9a3d_fk_accounts_user_id FOREIGN KEY (author_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_casenote referrals_casenote_corrects_id_a040994c_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_casenote
    ADD CONSTRAINT referrals_casenote_corrects_id_a040994c_fk_referrals FOREIGN KEY (corrects_id) REFERENCES public.referrals_casenote(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_casenote referrals_casenote_kind_id_de561a3c_fk_referrals_notekind_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_casenote
    ADD CONSTRAINT referrals_casenote_kind_id_de561a3c_fk_referrals_notekind_id FOREIGN KEY (kind_id) REFERENCES public.referrals_notekind(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_casenote referrals_casenote_person_id_8b40f90e_fk_referrals_person_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_casenote
    ADD CONSTRAINT referrals_casenote_person_id_8b40f90e_fk_referrals_person_id FOREIGN KEY (person_id) REFERENCES public.referrals_person(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_casenote referrals_casenote_referral_id_6e9f0304_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_casenote
    ADD CONSTRAINT referrals_casenote_referral_id_6e9f0304_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_closurerequest referrals_closurereq_decided_by_id_d09965f6_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closurerequest
    ADD CONSTRAINT referrals_closurereq_decided_by_id_d09965f6_fk_accounts_ FOREIGN KEY (decided_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_closurerequest referrals_closurereq_outcome_id_d6637f42_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closurerequest
    ADD CONSTRAINT referrals_closurereq_outcome_id_d6637f42_fk_referrals FOREIGN KEY (outcome_id) REFERENCES public.referrals_closureoutcome(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_closurerequest referrals_closurereq_referral_id_bd0cb850_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closurerequest
    ADD CONSTRAINT referrals_closurereq_referral_id_bd0cb850_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_closurerequest referrals_closurereq_requested_by_id_988a474c_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_closurerequest
    ADD CONSTRAINT referrals_closurereq_requested_by_id_988a474c_fk_accounts_ FOREIGN KEY (requested_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_dutyrota referrals_dutyrota_area_id_e73aa239_fk_partners_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_dutyrota
    ADD CONSTRAINT referrals_dutyrota_area_id_e73aa239_fk_partners_agency_id FOREIGN KEY (area_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_dutyrota referrals_dutyrota_created_by_id_ef478e26_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_dutyrota
    ADD CONSTRAINT referrals_dutyrota_created_by_id_ef478e26_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_dutyrota referrals_dutyrota_supervisor_id_021ec5dd_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_dutyrota
    ADD CONSTRAINT referrals_dutyrota_supervisor_id_021ec5dd_fk_accounts_user_id FOREIGN KEY (supervisor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_escalation referrals_escalation_clock_id_fc38a69a_fk_referrals_slaclock_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_escalation
    ADD CONSTRAINT referrals_escalation_clock_id_fc38a69a_fk_referrals_slaclock_id FOREIGN KEY (clock_id) REFERENCES public.referrals_slaclock(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_escalation referrals_escalation_recipient_id_e9560b77_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_escalation
    ADD CONSTRAINT referrals_escalation_recipient_id_e9560b77_fk_accounts_user_id FOREIGN KEY (recipient_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_importdigest referrals_importdige_job_id_2763f918_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_importdigest
    ADD CONSTRAINT referrals_importdige_job_id_2763f918_fk_referrals FOREIGN KEY (job_id) REFERENCES public.referrals_importjob(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_importdigest referrals_importdige_recipient_id_152644a3_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_importdigest
    ADD CONSTRAINT referrals_importdige_recipient_id_152644a3_fk_accounts_ FOREIGN KEY (recipient_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_importjob referrals_importjob_uploaded_by_id_b0249786_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_importjob
    ADD CONSTRAINT referrals_importjob_uploaded_by_id_b0249786_fk_accounts_user_id FOREIGN KEY (uploaded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_integrationclient referrals_integratio_created_by_id_a8ab754f_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_integrationclient
    ADD CONSTRAINT referrals_integratio_created_by_id_a8ab754f_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_integrationclient referrals_integratio_service_user_id_12570c76_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_integrationclient
    ADD CONSTRAINT referrals_integratio_service_user_id_12570c76_fk_accounts_ FOREIGN KEY (service_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_notification referrals_notification_user_id_d1dc2b74_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_notification
    ADD CONSTRAINT referrals_notification_user_id_d1dc2b74_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_outboxmessage referrals_outboxmess_escalation_id_5bab78ea_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_outboxmessage
    ADD CONSTRAINT referrals_outboxmess_escalation_id_5bab78ea_fk_referrals FOREIGN KEY (escalation_id) REFERENCES public.referrals_escalation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_outboxmessage referrals_outboxmess_recipient_id_001a969d_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_outboxmessage
    ADD CONSTRAINT referrals_outboxmess_recipient_id_001a969d_fk_accounts_ FOREIGN KEY (recipient_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_person referrals_person_merged_into_id_94b6a79d_fk_referrals_person_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_person
    ADD CONSTRAINT referrals_person_merged_into_id_94b6a79d_fk_referrals_person_id FOREIGN KEY (merged_into_id) REFERENCES public.referrals_person(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_personmatch referrals_personmatc_candidate_id_862d694f_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_personmatch
    ADD CONSTRAINT referrals_personmatc_candidate_id_862d694f_fk_referrals FOREIGN KEY (candidate_id) REFERENCES public.referrals_person(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_personmatch referrals_personmatc_decided_by_id_2152e1eb_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_personmatch
    ADD CONSTRAINT referrals_personmatc_decided_by_id_2152e1eb_fk_accounts_ FOREIGN KEY (decided_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_personmatch referrals_personmatc_subject_id_17f9cf50_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_personmatch
    ADD CONSTRAINT referrals_personmatc_subject_id_17f9cf50_fk_referrals FOREIGN KEY (subject_id) REFERENCES public.referrals_referralsubject(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_postcodedistrict referrals_postcodedi_local_authority_id_d5b843a2_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_postcodedistrict
    ADD CONSTRAINT referrals_postcodedi_local_authority_id_d5b843a2_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_allocated_to_id_f8b7c821_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_allocated_to_id_f8b7c821_fk_accounts_user_id FOREIGN KEY (allocated_to_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_closure_outcome_id_51ab4e7b_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_closure_outcome_id_51ab4e7b_fk_referrals FOREIGN KEY (closure_outcome_id) REFERENCES public.referrals_closureoutcome(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_import_job_id_eb6340ef_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_import_job_id_eb6340ef_fk_referrals FOREIGN KEY (import_job_id) REFERENCES public.referrals_importjob(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_incident_type_id_6ef10a75_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_incident_type_id_6ef10a75_fk_referrals FOREIGN KEY (incident_type_id) REFERENCES public.referrals_incidenttype(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_local_authority_id_32b0c981_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_local_authority_id_32b0c981_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_merged_into_id_ee8883ed_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_merged_into_id_ee8883ed_fk_referrals FOREIGN KEY (merged_into_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_returned_by_id_81869b4a_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_returned_by_id_81869b4a_fk_accounts_user_id FOREIGN KEY (returned_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referral referrals_referral_submitted_by_id_94f7e990_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referral
    ADD CONSTRAINT referrals_referral_submitted_by_id_94f7e990_fk_accounts_user_id FOREIGN KEY (submitted_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referralattachment referrals_referralat_referral_id_7e4381e7_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralattachment
    ADD CONSTRAINT referrals_referralat_referral_id_7e4381e7_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referralattachment referrals_referralat_uploaded_by_id_134ac0e3_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralattachment
    ADD CONSTRAINT referrals_referralat_uploaded_by_id_134ac0e3_fk_accounts_ FOREIGN KEY (uploaded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referraldraft referrals_referraldr_referral_id_b3b461e2_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referraldraft
    ADD CONSTRAINT referrals_referraldr_referral_id_b3b461e2_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referraldraft referrals_referraldraft_owner_id_ea8dc4d6_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referraldraft
    ADD CONSTRAINT referrals_referraldraft_owner_id_ea8dc4d6_fk_accounts_user_id FOREIGN KEY (owner_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referralsubject referrals_referralsu_person_id_889db507_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralsubject
    ADD CONSTRAINT referrals_referralsu_person_id_889db507_fk_referrals FOREIGN KEY (person_id) REFERENCES public.referrals_person(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_referralsubject referrals_referralsu_referral_id_a4e2cebf_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_referralsubject
    ADD CONSTRAINT referrals_referralsu_referral_id_a4e2cebf_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_slaclock referrals_slaclock_isr_id_70a3a7ce_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slaclock
    ADD CONSTRAINT referrals_slaclock_isr_id_70a3a7ce_fk_partners_ FOREIGN KEY (isr_id) REFERENCES public.partners_informationrequest(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_slaclock referrals_slaclock_policy_id_2cdc5f56_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slaclock
    ADD CONSTRAINT referrals_slaclock_policy_id_2cdc5f56_fk_referrals FOREIGN KEY (policy_id) REFERENCES public.referrals_slapolicyversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_slaclock referrals_slaclock_referral_id_91f1e6b8_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slaclock
    ADD CONSTRAINT referrals_slaclock_referral_id_91f1e6b8_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_slaclock referrals_slaclock_share_id_4b5e8ea7_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slaclock
    ADD CONSTRAINT referrals_slaclock_share_id_4b5e8ea7_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_slapolicyversion referrals_slapolicyv_created_by_id_8e66041a_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slapolicyversion
    ADD CONSTRAINT referrals_slapolicyv_created_by_id_8e66041a_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_slatarget referrals_slatarget_policy_id_74b9db30_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_slatarget
    ADD CONSTRAINT referrals_slatarget_policy_id_74b9db30_fk_referrals FOREIGN KEY (policy_id) REFERENCES public.referrals_slapolicyversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: referrals_termdates referrals_termdates_local_authority_id_fa87b681_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referrals_termdates
    ADD CONSTRAINT referrals_termdates_local_authority_id_fa87b681_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_areacontact risk_areacontact_area_id_8c930b11_fk_risk_policingarea_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_areacontact
    ADD CONSTRAINT risk_areacontact_area_id_8c930b11_fk_risk_policingarea_id FOREIGN KEY (area_id) REFERENCES public.risk_policingarea(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_areacontact risk_areacontact_user_id_c7ac2a41_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_areacontact
    ADD CONSTRAINT risk_areacontact_user_id_c7ac2a41_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_childriskassessment risk_childriskassess_assessor_id_1c4a3509_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment
    ADD CONSTRAINT risk_childriskassess_assessor_id_1c4a3509_fk_accounts_ FOREIGN KEY (assessor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_childriskassessment_editors risk_childriskassess_childriskassessment__4c788702_fk_risk_chil; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment_editors
    ADD CONSTRAINT risk_childriskassess_childriskassessment__4c788702_fk_risk_chil FOREIGN KEY (childriskassessment_id) REFERENCES public.risk_childriskassessment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_childriskassessment risk_childriskassess_model_version_id_88749305_fk_risk_risk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment
    ADD CONSTRAINT risk_childriskassess_model_version_id_88749305_fk_risk_risk FOREIGN KEY (model_version_id) REFERENCES public.risk_riskmodelversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_childriskassessment risk_childriskassess_referral_id_275d8fbe_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment
    ADD CONSTRAINT risk_childriskassess_referral_id_275d8fbe_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_childriskassessment risk_childriskassess_subject_id_02c84e68_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment
    ADD CONSTRAINT risk_childriskassess_subject_id_02c84e68_fk_referrals FOREIGN KEY (subject_id) REFERENCES public.referrals_referralsubject(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_childriskassessment_editors risk_childriskassess_user_id_ec43a1c0_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_childriskassessment_editors
    ADD CONSTRAINT risk_childriskassess_user_id_ec43a1c0_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_daquestion risk_daquestion_version_id_1aab4ddb_fk_risk_riskmodelversion_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_daquestion
    ADD CONSTRAINT risk_daquestion_version_id_1aab4ddb_fk_risk_riskmodelversion_id FOREIGN KEY (version_id) REFERENCES public.risk_riskmodelversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_forcehighcombination risk_forcehighcombin_version_id_d6f987ce_fk_risk_risk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_forcehighcombination
    ADD CONSTRAINT risk_forcehighcombin_version_id_d6f987ce_fk_risk_risk FOREIGN KEY (version_id) REFERENCES public.risk_riskmodelversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_gradechange risk_gradechange_changed_by_id_5188eedc_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_gradechange
    ADD CONSTRAINT risk_gradechange_changed_by_id_5188eedc_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_gradechange risk_gradechange_referral_id_d59cbcf9_fk_referrals_referral_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_gradechange
    ADD CONSTRAINT risk_gradechange_referral_id_d59cbcf9_fk_referrals_referral_id FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_indicatorcatalogueversion risk_indicatorcatalo_created_by_id_42473bd2_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_indicatorcatalogueversion
    ADD CONSTRAINT risk_indicatorcatalo_created_by_id_42473bd2_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officeraudit risk_officeraudit_area_id_828a80f0_fk_risk_policingarea_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT risk_officeraudit_area_id_828a80f0_fk_risk_policingarea_id FOREIGN KEY (area_id) REFERENCES public.risk_policingarea(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officeraudit risk_officeraudit_officer_id_db2f96e1_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT risk_officeraudit_officer_id_db2f96e1_fk_accounts_user_id FOREIGN KEY (officer_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officeraudit risk_officeraudit_reviewer_id_4a9d432d_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT risk_officeraudit_reviewer_id_4a9d432d_fk_accounts_user_id FOREIGN KEY (reviewer_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officeraudit risk_officeraudit_round_id_b936ce66_fk_risk_qual; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT risk_officeraudit_round_id_b936ce66_fk_risk_qual FOREIGN KEY (round_id) REFERENCES public.risk_qualityauditround(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officeraudit risk_officeraudit_submission_id_621fbca5_fk_risk_offi; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT risk_officeraudit_submission_id_621fbca5_fk_risk_offi FOREIGN KEY (submission_id) REFERENCES public.risk_officersubmission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officeraudit risk_officeraudit_team_id_7fb75b8f_fk_risk_qualityteam_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officeraudit
    ADD CONSTRAINT risk_officeraudit_team_id_7fb75b8f_fk_risk_qualityteam_id FOREIGN KEY (team_id) REFERENCES public.risk_qualityteam(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officerfeedback risk_officerfeedback_officer_id_e962954c_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerfeedback
    ADD CONSTRAINT risk_officerfeedback_officer_id_e962954c_fk_accounts_user_id FOREIGN KEY (officer_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officerfeedback risk_officerfeedback_outbox_id_83d9fb7f_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerfeedback
    ADD CONSTRAINT risk_officerfeedback_outbox_id_83d9fb7f_fk_referrals FOREIGN KEY (outbox_id) REFERENCES public.referrals_outboxmessage(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officerfeedback risk_officerfeedback_referral_id_d29a5b12_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerfeedback
    ADD CONSTRAINT risk_officerfeedback_referral_id_d29a5b12_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officerfeedback risk_officerfeedback_sender_id_32d7bced_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerfeedback
    ADD CONSTRAINT risk_officerfeedback_sender_id_32d7bced_fk_accounts_user_id FOREIGN KEY (sender_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officerposting risk_officerposting_area_id_9abe1d10_fk_risk_policingarea_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerposting
    ADD CONSTRAINT risk_officerposting_area_id_9abe1d10_fk_risk_policingarea_id FOREIGN KEY (area_id) REFERENCES public.risk_policingarea(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officerposting risk_officerposting_user_id_3f914ea9_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officerposting
    ADD CONSTRAINT risk_officerposting_user_id_3f914ea9_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officersubmission risk_officersubmissi_assessment_id_57e681dd_fk_risk_chil; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officersubmission
    ADD CONSTRAINT risk_officersubmissi_assessment_id_57e681dd_fk_risk_chil FOREIGN KEY (assessment_id) REFERENCES public.risk_childriskassessment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officersubmission risk_officersubmissi_referral_id_a1b05819_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officersubmission
    ADD CONSTRAINT risk_officersubmissi_referral_id_a1b05819_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_officersubmission risk_officersubmission_officer_id_aaeccabe_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_officersubmission
    ADD CONSTRAINT risk_officersubmission_officer_id_aaeccabe_fk_accounts_user_id FOREIGN KEY (officer_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_policingareacover risk_policingareacov_local_authority_id_388e03e5_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_policingareacover
    ADD CONSTRAINT risk_policingareacov_local_authority_id_388e03e5_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_policingareacover risk_policingareacover_area_id_1b841550_fk_risk_policingarea_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_policingareacover
    ADD CONSTRAINT risk_policingareacover_area_id_1b841550_fk_risk_policingarea_id FOREIGN KEY (area_id) REFERENCES public.risk_policingarea(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_assessment_id_b3bdd242_fk_risk_chil; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_assessment_id_b3bdd242_fk_risk_chil FOREIGN KEY (assessment_id) REFERENCES public.risk_childriskassessment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_assessor_id_84191034_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_assessor_id_84191034_fk_accounts_user_id FOREIGN KEY (assessor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_local_authority_id_e30b6635_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_local_authority_id_e30b6635_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_reviewer_agency_id_9c4563e4_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_reviewer_agency_id_9c4563e4_fk_partners_ FOREIGN KEY (reviewer_agency_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_reviewer_id_513d2040_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_reviewer_id_513d2040_fk_accounts_user_id FOREIGN KEY (reviewer_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_round_id_f672268a_fk_risk_qual; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_round_id_f672268a_fk_risk_qual FOREIGN KEY (round_id) REFERENCES public.risk_qualityauditround(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_share_id_1652fc5e_fk_partners_share_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_share_id_1652fc5e_fk_partners_share_id FOREIGN KEY (share_id) REFERENCES public.partners_share(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityaudit risk_qualityaudit_team_id_8f02bf20_fk_risk_qualityteam_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityaudit
    ADD CONSTRAINT risk_qualityaudit_team_id_8f02bf20_fk_risk_qualityteam_id FOREIGN KEY (team_id) REFERENCES public.risk_qualityteam(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityauditround risk_qualityauditrou_created_by_id_f8314147_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityauditround
    ADD CONSTRAINT risk_qualityauditrou_created_by_id_f8314147_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityauditsetting risk_qualityauditset_local_authority_id_3b513d19_fk_partners_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityauditsetting
    ADD CONSTRAINT risk_qualityauditset_local_authority_id_3b513d19_fk_partners_ FOREIGN KEY (local_authority_id) REFERENCES public.partners_agency(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityteammember risk_qualityteammember_team_id_3bac64e1_fk_risk_qualityteam_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityteammember
    ADD CONSTRAINT risk_qualityteammember_team_id_3bac64e1_fk_risk_qualityteam_id FOREIGN KEY (team_id) REFERENCES public.risk_qualityteam(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_qualityteammember risk_qualityteammember_user_id_1bfe0c56_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_qualityteammember
    ADD CONSTRAINT risk_qualityteammember_user_id_1bfe0c56_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_riskfactor risk_riskfactor_version_id_b810ff0f_fk_risk_riskmodelversion_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskfactor
    ADD CONSTRAINT risk_riskfactor_version_id_b810ff0f_fk_risk_riskmodelversion_id FOREIGN KEY (version_id) REFERENCES public.risk_riskmodelversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_riskmodelversion risk_riskmodelversio_created_by_id_871c3591_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_riskmodelversion
    ADD CONSTRAINT risk_riskmodelversio_created_by_id_871c3591_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_risksignal risk_risksignal_referral_id_43afa114_fk_referrals_referral_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_risksignal
    ADD CONSTRAINT risk_risksignal_referral_id_43afa114_fk_referrals_referral_id FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_risksignal risk_risksignal_version_id_f9b2bb28_fk_risk_indi; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_risksignal
    ADD CONSTRAINT risk_risksignal_version_id_f9b2bb28_fk_risk_indi FOREIGN KEY (version_id) REFERENCES public.risk_indicatorcatalogueversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_supervisordecision risk_supervisordecis_assessment_id_a52e8a29_fk_risk_chil; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_supervisordecision
    ADD CONSTRAINT risk_supervisordecis_assessment_id_a52e8a29_fk_risk_chil FOREIGN KEY (assessment_id) REFERENCES public.risk_childriskassessment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_supervisordecision risk_supervisordecis_supervisor_id_9d39c234_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_supervisordecision
    ADD CONSTRAINT risk_supervisordecis_supervisor_id_9d39c234_fk_accounts_ FOREIGN KEY (supervisor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_undergradingflag risk_undergradingfla_referral_id_fc493786_fk_referrals; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_undergradingflag
    ADD CONSTRAINT risk_undergradingfla_referral_id_fc493786_fk_referrals FOREIGN KEY (referral_id) REFERENCES public.referrals_referral(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: risk_undergradingflag risk_undergradingfla_resolved_by_id_af55e420_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_undergradingflag
    ADD CONSTRAINT risk_undergradingfla_resolved_by_id_af55e420_fk_accounts_ FOREIGN KEY (resolved_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--


